/**
 * Frequent Spanish surnames that do not end in the patronymic "-ez" (López, Núñez, Sánchez … are
 * recognised by that ending). Seen just before the last word of a full name, one marks the last
 * two words as a double surname: "Gabriel García Márquez" is "García Márquez", not "Márquez".
 * Given names that could stand in that place (José, Luis, María) are deliberately absent.
 */
export const SPANISH_SURNAMES: ReadonlySet<string> = new Set(
  `
  García Díaz Ruiz Muñoz Moreno Romero Torres Flores Rivera Castro Ortega Morales Delgado Castillo Vargas
  Herrera Medina Aguilar Mendoza Guzmán Rojas Reyes Cruz Ortiz Molina Navarro Ramos Serrano Blanco Iglesias
  Cabello Arce Soto Contreras Peña Campos Vega Fuentes Carrasco Cabrera Guerrero Luna Ríos León Montero
  Pardo Rubio Marín Sanz Calvo Prieto Cano Lozano Garrido Cortés Santana Espinoza Espinosa Sandoval
  Salazar Cárdenas Villanueva Quispe Mamani Huamán Acosta Figueroa Paz Bravo Lagos Zapata Osorio Duque
  Uribe Arias Rincón Londoño Correa Lacalle
  `
    .split(/\s+/)
    .filter(Boolean),
);
