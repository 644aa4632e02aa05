// Parts of the world, in the forms the packs' languages write them, countries no pack names, and
// the states and provinces of the US, Canada and Australia: places an article names as where
// something happened, never as who suffered it (a country's government, a state's agency, a
// region's utilities are named as such). Countries are the packs' own cues.
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
  // Peoples of regions, and the British in the packs' words
  "Scandinavian", "Scandinavians", "Skandinavier", "Nordic countries", "Middle Eastern", "Brits", "Britons",
  // Peoples of countries no pack has as a country cue, in English: adjectives, never the organisation
  "English", "Bangladeshi", "Iraqi", "Syrian", "Afghan", "Emirati", "Qatari", "Kuwaiti", "Egyptian", "Moroccan", "Kenyan", "Mexican",
  "Argentine", "Argentinian", "Chilean", "Colombian", "Peruvian", "Venezuelan", "Thai", "Malaysian", "Indonesian", "Filipino",
  "Taiwanese", "Kazakh", "Serbian", "Bosnian", "Albanian", "Moldovan", "Kurdish", "Arab", "Arabic", "Palestinian", "Lebanese",
  "Jordanian", "Armenian", "Azerbaijani", "Uzbek", "Sri Lankan", "Nepalese", "South African", "New Zealander", "Latin American",
  // Countries no pack has as a country cue, in their English names
  "New Zealand", "Saudi Arabia", "Saudi", "Saudis", "Taiwan", "Hong Kong", "Mexico", "Argentina", "Chile", "Colombia", "Peru",
  "Venezuela", "South Africa", "Egypt", "Morocco", "Kenya", "Ethiopia", "Ghana", "United Arab Emirates", "UAE", "Qatar", "Kuwait",
  "Bahrain", "Oman", "Iraq", "Syria", "Lebanon", "Afghanistan", "Bangladesh", "Sri Lanka", "Nepal", "Thailand", "Malaysia",
  "Indonesia", "Philippines", "Kazakhstan", "Uzbekistan", "Serbia", "Bosnia", "Albania", "North Macedonia", "Moldova", "Montenegro",
  // Cities named as where something is, or for their country's government ("Moscow denied"),
  // and hardly ever as the organisation hit: that is "the City of …", "Stadt …", "… kommune"
  "London", "Paris", "Berlin", "Rome", "Madrid", "Brussels", "Moscow", "St. Petersburg", "Kyiv", "Kiev", "Minsk", "Beijing", "Shanghai",
  "Shenzhen", "Tokyo", "Seoul", "Pyongyang", "Tehran", "Tel Aviv", "Jerusalem", "Istanbul", "Ankara", "Dubai", "Abu Dhabi", "Riyadh",
  "Doha", "Mumbai", "Delhi", "New Delhi", "Bangalore", "Bengaluru", "Hyderabad", "Chennai", "Karachi", "Islamabad", "Lahore", "Dhaka",
  "Jakarta", "Manila", "Bangkok", "Hanoi", "Kuala Lumpur", "Sydney", "Melbourne", "Toronto", "Vancouver", "Montreal", "Mexico City",
  "São Paulo", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Lagos", "Cairo", "Johannesburg", "Nairobi",
  // Provinces and states of Canada and Australia
  "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
  "New South Wales", "Victoria", "Queensland", "Tasmania", "Western Australia", "South Australia",
  // The states of the United States
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
  "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];
