// Holidays and shopping days, in the forms the packs' languages write them: when something
// happened ("this Christmas", "vor Ostern"), never who it happened to. Compared after
// normaliseOrgName.
export const HOLIDAYS: readonly string[] = [
  // English
  "Christmas", "Xmas", "Christmas Eve", "Easter", "Halloween", "Thanksgiving", "Black Friday", "Cyber Monday", "New Year", "New Year's",
  "New Year's Eve", "Valentine's Day", "Boxing Day", "Labor Day", "Labour Day", "Memorial Day", "Independence Day", "Ramadan", "Hanukkah", "Eid",
  // Danish, Norwegian, Swedish
  "Juleaften", "Julaften", "Julafton", "Påske", "Påsk", "Pinse", "Pingst", "Nytår", "Nyttår", "Nyår", "Nytårsaften", "Nyttårsaften",
  "Nyårsafton", "Midsommar", "Sankthans", "Grundlovsdag",
  // German
  "Weihnachten", "Heiligabend", "Ostern", "Pfingsten", "Silvester", "Neujahr",
  // Italian, French, Spanish
  "Natale", "Pasqua", "Capodanno", "Ferragosto", "Noël", "Pâques", "Toussaint", "Nouvel An", "Navidad", "Nochebuena", "Nochevieja",
  "Semana Santa",
  // Dutch, Finnish, Polish
  "Kerstmis", "Kerst", "Pasen", "Sinterklaas", "Koningsdag", "Joulu", "Jouluaatto", "Pääsiäinen", "Juhannus", "Uusivuosi",
  "Boże Narodzenie", "Wielkanoc", "Wigilia",
];
