// Parts of the world, in the forms the packs' languages write them, and the US states: places an
// article names as where something happened, never as who suffered it (a country's government,
// a state's agency, a region's utilities are named as such). Countries are the packs' own cues.
// Compared after normaliseOrgName.
export const PLACES: readonly string[] = [
  // Continents and their peoples
  "Europe", "Europa", "Eurooppa", "European", "Europeans", "Asia", "Asien", "Aasia", "Asian", "Africa", "Afrika", "Afrique", "África", "African",
  "North America", "South America", "Latin America", "Central America", "Nordamerika", "Sydamerika", "Südamerika", "Lateinamerika",
  "Amérique latine", "América Latina", "America Latina", "Latijns-Amerika", "Ameryka Łacińska", "Oceania", "Oceanien", "Ozeanien", "Antarctica",
  // Regions
  "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "Osteuropa", "Westeuropa", "Østeuropa",
  "Östeuropa", "Itä-Eurooppa", "Europe de l'Est", "Europa dell'Est", "Europa del Este", "Oost-Europa", "Europa Wschodnia",
  "Middle East", "Mellemøsten", "Mellanöstern", "Midtøsten", "Naher Osten", "Nahost", "Lähi-itä", "Moyen-Orient", "Medio Oriente",
  "Oriente Medio", "Midden-Oosten", "Bliski Wschód", "Far East", "Southeast Asia", "South Asia", "East Asia", "Central Asia",
  "Scandinavia", "Skandinavien", "Skandinavia", "Scandinavie", "Scandinavië", "Skandynawia", "Nordic", "Nordics", "Norden", "Baltics",
  "Baltic", "Balkans", "Balkan", "Caucasus", "Kaukasus", "Mediterranean", "Gulf", "Persian Gulf", "Asia-Pacific", "APAC", "EMEA", "LATAM",
  "Silicon Valley", "Midwest", "East Coast", "West Coast",
  // The states of the United States
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
  "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];
