/**
 * Realistic rows from Cagayan de Oro, in the shape most ISP spreadsheets
 * have, for people to copy: headers in their own words, both name orders,
 * every mobile format, dates written three ways. The "Paid Until" column is
 * left empty (a date there is the last day the previous system billed; a
 * fixed date in a sample would back-bill whoever imports it a year later).
 */
const SAMPLE_ROWS = [
  "Account No.,Customer Name,Mobile No.,Email,Address,Barangay,City,Plan,Date Installed,Paid Until,Status,Latitude,Longitude,Remarks",
  ',"Dela Cruz, Juan",0917 123 4567,juan.delacruz@gmail.com,"Purok 3, Zone 2",Carmen,Cagayan de Oro City,Fiber 50,1/15/2025,,active,8.4782,124.6236,Gate is blue',
  ",Maria Clara Santos,0998 765 4321,,Blk 5 Lot 12 Xavier Estates,Balulang,Cagayan de Oro City,Fiber 100,2025-03-02,,active,,,",
  ',Ramon Bautista Jr.,+63 905 222 3344,,"Purok 7, near chapel",Lapasan,Cagayan de Oro City,Fiber 50,"Jun 5, 2025",,suspended,,,Unpaid since May',
  ",Rosario Villanueva,09171112222,rosario.v@yahoo.com,Sitio Taguanao,Macasandig,Cagayan de Oro City,,,,active,,,Survey done; no plan yet",
  ',"Ma. Teresa De Los Santos",0920 555 0101,,"Corrales Ext., Lot 4",Nazareth,Cagayan de Oro City,Fiber 25,2024-11-20,,disconnected,,,',
  ",Jose Peñaranda,0935 410 7788,,Zone 5,Camaman-an,Cagayan de Oro City,Fiber 100,12/1/2024,,active,8.4669,124.6601,",
];

export const SAMPLE_CSV = `${SAMPLE_ROWS.join("\r\n")}\r\n`;
