/**
 * Names for the demo and bulk seeds. Surnames carry a weight so the common
 * ones (Dela Cruz, Garcia, Reyes...) turn up more often, as they do in a real
 * subscriber list; Cagayan de Oro's own family names (Pacana, Neri, Chaves,
 * Roa, Emano, Ebarle...) and Chinese-Filipino ones are in the mix. A few carry
 * ñ or a space, which search and CSV export must handle.
 */
export const SURNAMES: readonly (readonly [name: string, weight: number])[] = [
  ["Dela Cruz", 6], ["Garcia", 5], ["Reyes", 5], ["Santos", 4], ["Bautista", 4], ["Villanueva", 4],
  ["Gonzales", 4], ["Mendoza", 4], ["Ramos", 4], ["Aquino", 3], ["Cabrera", 3], ["Torres", 3],
  ["Flores", 3], ["Castillo", 3], ["Fernandez", 3], ["Rodriguez", 3], ["Navarro", 2], ["Rivera", 2],
  ["Del Rosario", 2], ["De Leon", 2], ["Soriano", 2], ["Pascual", 2], ["Salazar", 2], ["Domingo", 2],
  ["Aguilar", 2], ["Ocampo", 2], ["Lim", 2], ["Tan", 2], ["Uy", 2], ["Go", 1], ["Chua", 1], ["Sy", 1],
  ["Ong", 1], ["Yu", 1], ["Ebarle", 2], ["Pacana", 2], ["Neri", 2], ["Chaves", 2], ["Roa", 2],
  ["Emano", 2], ["Velez", 2], ["Pelaez", 1], ["Fortich", 1], ["Jaraula", 1], ["Bacarrisas", 1],
  ["Abejuela", 1], ["Acenas", 1], ["Baculio", 1], ["Lagbas", 1], ["Dumadag", 1], ["Sabal", 1],
  ["Tagarda", 1], ["Cabaraban", 1], ["Maglasang", 2], ["Tumulak", 1], ["Lapinid", 1], ["Sumalpong", 1],
  ["Gementiza", 1], ["Mangubat", 1], ["Bongcawel", 1], ["Quiblat", 1], ["Cabahug", 1], ["Alcuizar", 1],
  ["Ybañez", 1], ["Nuñez", 1], ["Peñaranda", 1], ["Oñate", 1], ["Labis", 1], ["Canoy", 1], ["Balaba", 1],
  ["Lumbay", 1], ["Ravanes", 1], ["Tabios", 1], ["Paredes", 1], ["Macaraeg", 1], ["Manalo", 1],
  ["Espiritu", 1], ["Dizon", 1], ["Mercado", 1], ["Santiago", 1], ["Valdez", 1], ["Francisco", 1],
  ["Villamor", 1], ["Cañete", 1], ["Sarmiento", 1], ["Zamora", 1], ["Panerio", 1], ["Galarrita", 1],
  ["Yap", 1], ["Ang", 1], ["Abao", 1], ["Obsioma", 1],
];

export const FIRST_NAMES: readonly string[] = [
  "Juan", "Jose", "Maria", "Ana", "Mark", "John Paul", "Kristine", "Jericho", "Princess", "Angelica",
  "Rhea", "Joy", "Liza", "Ramon", "Roberto", "Eduardo", "Rodel", "Jun", "Arnel", "Dindo",
  "Maricel", "Marites", "Lorna", "Rosalie", "Cristina", "Jasmine", "Carlo", "Paolo", "Miguel", "Gabriel",
  "Angelo", "Kenneth", "Jayson", "Ryan", "Mary Grace", "Mary Joy", "Nestor", "Rogelio", "Teresita", "Erlinda",
  "Leonora", "Feliciano", "Benjamin", "Bienvenido", "Renato", "Ronaldo", "Rommel", "Alfredo", "Danilo", "Edgardo",
  "Florante", "Glenda", "Haydee", "Imelda", "Jocelyn", "Kimberly", "Lovely", "Maribel", "Nelia", "Ofelia",
  "Perla", "Queenie", "Rowena", "Sheila", "Trisha", "Vilma", "Wilma", "Zenaida", "Aileen", "Bea",
  "Camille", "Daisy", "Ella", "Faith", "Hazel", "Irene", "Janelle", "Karen", "Lea", "Mylene",
  "Nikki", "Pia", "Rachelle", "Shiela Mae", "Tess", "Arvin", "Bong", "Christian", "Dennis", "Emmanuel",
  "Francis", "Gerald", "Harold", "Ian", "Jerome", "Kevin", "Lloyd", "Marvin", "Noel", "Oliver",
  "Patrick", "Raffy", "Sherwin", "Vincent", "Warren", "Joshua", "Althea", "Chona", "Dodong", "Inday",
];

/** Each surname repeated by its weight, so a uniform pick (in JS or in SQL) follows the weights. */
export function weightedSurnames(): string[] {
  return SURNAMES.flatMap(([name, weight]) => Array.from({ length: weight }, () => name));
}
