// Legal forms of companies across Europe, used to normalise organisation names so that
// "Ionos SE", "IONOS" and "ionos" are one organisation. Lower case, as written after a name.
export const LEGAL_FORMS: ReadonlySet<string> = new Set(`
ab a/s as asa aps a.s. a.s gmbh ag se kg kgaa ohg e.v. ev spa s.p.a. s.p.a srl s.r.l. s.r.l sas s.a.s. snc sa s.a.
s.a sarl s.à.r.l. sl s.l. bv b.v. nv n.v. vof oy oyj ky hf ehf inc inc. ltd ltd. plc llc llp lp corp corp. corporation
co co. company limited group holding holdings sp. z o.o. sp.z.o.o. s.c. ug mbh kft zrt nyrt d.o.o. d.d. a.d. s.r.o. a.s
sia as oü uab ab. ltda rhf iks kf všį vas aas еад еоод оод ад ет teo teo. cpt p.l.c.
`.split(/\s+/).filter(Boolean));
