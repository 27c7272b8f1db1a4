/**
 * How long a test's setup may take to run the dataset CLI: a build in a fresh checkout, or after
 * the builder changed, first trains the type model (some seconds on a busy two-core machine)
 * before its cache holds it.
 */
export const BUILD_TIMEOUT_MS = 60_000;
