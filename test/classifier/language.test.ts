import { describe, expect, it } from 'vitest'
import { detectLanguage, SUPPORTED_LANGUAGES } from '../../src/classifier/index.js'
import { languageVote, lineVote, type LanguageCache } from '../../src/classifier/language.js'
import { FUNCTION_WORDS } from '../../src/data/function-words.js'

/** One short paragraph per language, written for this test. */
const SAMPLES: Record<string, string> = {
  en: 'The council met on Monday and decided that the old bridge will be closed to cars for most of the year, because the engineers found that two of its supports were badly cracked.',
  es: 'El ayuntamiento se reunió el lunes y decidió que el puente viejo estará cerrado a los coches durante casi todo el año, porque los ingenieros encontraron que dos de sus pilares tienen grietas.',
  fr: 'Le conseil municipal s’est réuni lundi et a décidé que le vieux pont sera fermé aux voitures pendant la plus grande partie de l’année, car les ingénieurs ont trouvé des fissures dans deux de ses piliers.',
  de: 'Der Stadtrat hat am Montag beschlossen, dass die alte Brücke für den größten Teil des Jahres für Autos gesperrt wird, weil die Ingenieure an zwei ihrer Pfeiler tiefe Risse gefunden haben.',
  pt: 'A câmara reuniu-se na segunda-feira e decidiu que a ponte velha ficará fechada aos carros durante quase todo o ano, porque os engenheiros descobriram que dois dos seus pilares estão rachados.',
  it: 'Il consiglio comunale si è riunito lunedì e ha deciso che il vecchio ponte sarà chiuso alle auto per gran parte dell’anno, perché gli ingegneri hanno trovato delle crepe in due dei suoi piloni.',
  nl: 'De gemeenteraad heeft maandag besloten dat de oude brug het grootste deel van het jaar voor auto’s gesloten wordt, omdat de ingenieurs scheuren in twee van de pijlers hebben gevonden.',
  sv: 'Kommunfullmäktige beslutade på måndagen att den gamla bron ska vara stängd för bilar under större delen av året, eftersom ingenjörerna har hittat sprickor i två av pelarna och det är inte säkert.',
  da: 'Byrådet besluttede mandag, at den gamle bro skal være lukket for biler det meste af året, fordi ingeniørerne har fundet revner i to af søjlerne, og nu ved ingen hvad reparationen vil koste.',
  no: 'Bystyret bestemte mandag at den gamle brua skal være stengt for biler det meste av året, fordi ingeniørene har funnet sprekker i to av søylene, og nå vet ingen hva reparasjonen vil koste.',
  fi: 'Kaupunginvaltuusto päätti maanantaina, että vanha silta on suljettu autoilta suurimman osan vuotta, koska insinöörit löysivät halkeamia sen kahdesta tukipilarista ja korjaus on kallis.',
  pl: 'Rada miasta zdecydowała w poniedziałek, że stary most będzie zamknięty dla samochodów przez większą część roku, ponieważ inżynierowie znaleźli pęknięcia w dwóch jego filarach i nie jest to bezpieczne.',
  cs: 'Městská rada v pondělí rozhodla, že starý most bude pro auta uzavřen po většinu roku, protože inženýři našli praskliny ve dvou jeho pilířích a oprava bude podle odhadu velmi drahá.',
  ro: 'Consiliul local a decis luni că podul vechi va fi închis pentru mașini în cea mai mare parte a anului, pentru că inginerii au găsit fisuri în doi dintre pilonii lui și reparația este scumpă.',
  hu: 'A városi tanács hétfőn úgy döntött, hogy a régi hidat az év nagy részében lezárják az autók elől, mert a mérnökök repedéseket találtak két pillérében, és a javítás nagyon drága lesz.',
  tr: 'Belediye meclisi pazartesi günü eski köprünün yılın büyük bir kısmında araçlara kapalı olacağına karar verdi, çünkü mühendisler köprünün iki ayağında çatlak buldu ve onarım çok pahalı olacak.',
  id: 'Dewan kota memutuskan pada hari Senin bahwa jembatan tua itu akan ditutup untuk mobil selama sebagian besar tahun ini, karena para insinyur menemukan retakan pada dua tiangnya dan perbaikan akan mahal.',
  ru: 'Городской совет в понедельник решил, что старый мост будет закрыт для машин большую часть года, потому что инженеры нашли трещины в двух его опорах, и ремонт, как говорят, будет очень дорогим.',
}

describe('detectLanguage', () => {
  it('supports at least 15 languages, each with a function-word list', () => {
    expect(SUPPORTED_LANGUAGES.length).toBeGreaterThanOrEqual(15)
    for (const lang of SUPPORTED_LANGUAGES) expect(FUNCTION_WORDS[lang]!.length).toBeGreaterThanOrEqual(30)
  })
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`detects ${lang}`, () => {
      expect(detectLanguage(text)).toBe(lang)
    })
  }
  it('covers every supported language in this test', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort())
  })
  it('returns undefined when no language is clear', () => {
    expect(detectLanguage('')).toBeUndefined()
    expect(detectLanguage('Home | Menu | Login | 2025')).toBeUndefined()
    expect(detectLanguage('東京都は月曜日に古い橋を一年の大半の間閉鎖すると決めた。')).toBeUndefined()
  })
})

describe('languageVote: the word scan', () => {
  // the vote scans words by a table instead of this pattern; it must see the same words
  const WORD_RE = /[\p{L}\p{M}]+/gu
  const cases = [
    "Der Hund und die Katze — don't 'quote' me - ok 123abc",
    'Ünïcödé Straße İSTANBUL ǅemal 𝐁old 𝒳 😀 ١٢٣ ½ ﬁne',
    '\ud800 lone \udc00 and \ud83d\ude00 pair, e\u0301 combining',
  ]
  it.each(cases)('counts the words of WORD_RE in %j', (text) => {
    expect(languageVote(text).words).toBe(Math.min(600, (text.match(WORD_RE) ?? []).length))
  })
  it('counts votes exactly: a winner with 1.25 times the runner-up\'s votes wins', () => {
    // es 5 against en 4 ("no" is shared by several languages, "donde" is Spanish only); float sums of
    // 1/k fell just short of the margin here, integer votes do not
    const v = languageVote('donde no no no no no no no no no no no no zzz zzz zzz zzz')
    expect(v.scores.slice(0, 2)).toEqual([['es', 5], ['en', 4]])
    expect(v.language).toBe('es')
  })
  it('looks a word up in lower case, also where lower-casing changes the length', () => {
    expect(languageVote('İ DER UND DIE DAS NICHT IST EIN MIT').language).toBe('de')
  })
})

describe('lineVote: the vote over a document\'s first lines', () => {
  /** What the classifier voted on before the per-line cache: the first lines joined, up to 4000 characters. */
  const joined = (lines: string[]): string => {
    let sample = ''
    for (const l of lines) { sample += l + '\n'; if (sample.length > 4000) break }
    return sample
  }
  const docs: string[][] = [
    Object.values(SAMPLES),
    [SAMPLES.de!, 'Home | Menu', SAMPLES.en!, SAMPLES.en!],
    // long enough that the 600-word cap falls inside a line
    Array.from({ length: 40 }, (_, i) => (i % 3 ? SAMPLES.fr! : SAMPLES.es!)),
    Array.from({ length: 120 }, (_, i) => `${SAMPLES.nl!} ${i}`),
    ['Home', 'Menu', '2025'],
  ]
  it.each(docs.map((d, i) => [i, d] as const))('equals languageVote on the joined first lines (document %i)', (_, doc) => {
    const lines = doc.map((text) => ({ text }))
    expect(lineVote(lines)).toEqual(languageVote(joined(doc)))
  })
  it('gives the same answer from a cache filled by earlier calls (the pipeline\'s rounds)', () => {
    const cache: LanguageCache = new Map()
    for (const doc of docs) {
      const lines = doc.map((text) => ({ text }))
      const first = lineVote(lines, cache)
      expect(lineVote(lines, cache)).toEqual(first)
      expect(lineVote(lines.slice(1), cache)).toEqual(languageVote(joined(doc.slice(1))))
    }
    expect(cache.size).toBeGreaterThan(0)
  })
})
