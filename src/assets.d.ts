/** CSS files imported by code are bundled as text (esbuild's "text" loader). */
declare module '*.css' {
  const text: string;
  export default text;
}
