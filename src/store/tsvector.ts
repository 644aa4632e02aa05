// Full-text vectors built from the database's own dictionaries, one word at a time.
//
// `to_tsvector(config, text)` on a 3 kB report is most of the cost of storing it in embedded
// PGlite: the parser and the stemmer run in WebAssembly over every character. But the words of
// a stream of reports repeat: after a few hundred documents nearly every word has been stemmed
// before. So each whitespace-separated chunk ("breach,", "Kunden-Daten", "it's") is analysed by
// `to_tsvector` once per configuration and remembered, and a document's vector is put together
// here with the positions `to_tsvector` would give it. The lexemes are the database's own, so
// they agree with `websearch_to_tsquery` on both backends; positions agree too, because
// PostgreSQL's parser never joins tokens across whitespace, and a chunk's width is the number
// of its tokens the configuration maps, stop words included ("municipality's" is two).
import type { Sql } from "./sql.ts";

/** PostgreSQL's limits: positions above 16383 are clamped, and a lexeme keeps at most 256. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
/** Chunks longer than this are analysed every time rather than remembered (URLs, base64). */
const MAX_CACHED_CHUNK = 64;
const CACHE_LIMIT = 300_000;

interface ChunkAnalysis {
  /** Lexemes with their positions inside the chunk, from 1. */
  lexemes: [string, number[]][];
  /** Positions the chunk takes up. */
  width: number;
}

const CHUNK = /[^ \t\n\r\f\v]+/g;
const ENTRY = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;

export class LexemeCache {
  /** Per configuration, each chunk's analysis. */
  private cache = new Map<string, Map<string, ChunkAnalysis>>();
  private size = 0;
  /** Per configuration, the parser's token types it maps to dictionaries: each takes a position. */
  private mappedTypes = new Map<string, number[]>();

  /** The tsvector literal of each text under its configuration, in order. */
  async vectors(sql: Sql, items: { config: string; text: string }[]): Promise<string[]> {
    const chunked = items.map((it) => ({ config: it.config, chunks: it.text.match(CHUNK) ?? [] }));
    const missing = new Map<string, Set<string>>();
    for (const { config, chunks } of chunked) {
      const known = this.cache.get(config);
      let want = missing.get(config);
      for (const c of chunks) {
        if (known?.has(c)) continue;
        if (!want) missing.set(config, (want = new Set()));
        want.add(c);
      }
    }
    const once = new Map<string, Map<string, ChunkAnalysis>>();
    for (const [config, set] of missing) once.set(config, await this.analyse(sql, config, [...set]));
    return chunked.map(({ config, chunks }) => {
      const known = this.cache.get(config), extra = once.get(config);
      const positions = new Map<string, number[]>();
      let offset = 0;
      for (const c of chunks) {
        const a = known?.get(c) ?? extra!.get(c)!;
        for (const [lexeme, at] of a.lexemes) {
          let list = positions.get(lexeme);
          if (!list) positions.set(lexeme, (list = []));
          for (const p of at) {
            const pos = offset + p > MAX_POSITION ? MAX_POSITION : offset + p;
            if (list.length < MAX_POSITIONS_PER_LEXEME && list[list.length - 1] !== pos) list.push(pos);
          }
        }
        offset += a.width;
      }
      let out = "";
      for (const [lexeme, at] of positions) out += `${out ? " " : ""}${quote(lexeme)}:${at.join(",")}`;
      return out;
    });
  }

  /** Analyses chunks not seen before, remembering the short ones. */
  private async analyse(sql: Sql, config: string, chunks: string[]): Promise<Map<string, ChunkAnalysis>> {
    let types = this.mappedTypes.get(config);
    if (!types) {
      const [row] = await sql.query<{ types: number[] | null }>("select array_agg(distinct maptokentype) as types from pg_ts_config_map where mapcfg = $1::regconfig", [config]);
      this.mappedTypes.set(config, (types = (row?.types ?? []).map(Number)));
    }
    const rows = await sql.query<{ v: string; w: number | string }>(
      `select to_tsvector($1::regconfig, c)::text as v, (select count(*) from ts_parse('default', c) p where p.tokid = any($3::int[])) as w
       from unnest($2::text[]) with ordinality as u(c, n) order by n`, [config, chunks, types]);
    const out = new Map<string, ChunkAnalysis>();
    let known = this.cache.get(config);
    if (!known) this.cache.set(config, (known = new Map()));
    rows.forEach((row, i) => {
      const chunk = chunks[i]!, analysis = parseChunk(row.v, Number(row.w));
      out.set(chunk, analysis);
      if (chunk.length > MAX_CACHED_CHUNK) return;
      if (this.size >= CACHE_LIMIT) { this.cache.clear(); this.size = 0; this.cache.set(config, (known = new Map())); }
      known!.set(chunk, analysis);
      this.size++;
    });
    return out;
  }
}

/** A lexeme as a tsvector literal writes it: quoted, with quotes doubled and backslashes escaped. */
function quote(lexeme: string): string {
  return /['\\]/.test(lexeme) ? `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'` : `'${lexeme}'`;
}

/** Reads `to_tsvector(chunk)::text` ("'bar':3 'foo':2 'foo-bar':1") back into lexemes and a width. */
function parseChunk(vector: string, tokens: number): ChunkAnalysis {
  const lexemes: [string, number[]][] = [];
  let width = tokens;
  ENTRY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTRY.exec(vector)) !== null) {
    const at = (m[2] ?? "").split(",").filter(Boolean).map((p) => Number.parseInt(p, 10));
    for (const p of at) width = Math.max(width, p);
    lexemes.push([m[1]!.replace(/''/g, "'").replace(/\\\\/g, "\\"), at]);
  }
  return { lexemes, width };
}
