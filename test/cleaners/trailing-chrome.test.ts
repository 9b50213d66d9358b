import { describe, expect, it } from 'vitest'
import { cleanWithReport, createCleaner } from '../../src/index.js'
import { only, removed } from './noise-helpers.js'

const cleaner = only('trailing-chrome')

/** Article paragraphs: enough prose for a terminator after them to count. */
const ARTICLE_EN = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
  'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
  'Shop owners on both banks said they feared losing customers, and the mayor promised a fund to help them through the closure.',
].join('\n')
const ARTICLE_ES = [
  'El ayuntamiento votó el martes cerrar el viejo puente al tráfico después de que los ingenieros encontraran grietas profundas en dos pilares.',
  'Las reparaciones durarán al menos dieciocho meses, y un transbordador llevará a ciclistas y peatones de una orilla a la otra.',
].join('\n')

describe('trailing-chrome', () => {
  it('removes a related list and the footer after the article', () => {
    const input = `${ARTICLE_EN}\nRelated Articles\nMayor Announces New Budget\nLibrary Opens Late on Fridays\nSchool Board Elects New Chair\nHome | About | Contact\n© 2025`
    expect(removed(cleaner, input)).toEqual(['Related Articles', 'Mayor Announces New Budget', 'Library Opens Late on Fridays', 'School Board Elects New Chair', 'Home | About | Contact', '© 2025'])
  })

  it.each(['Read This Next', 'Watch Next', 'Related Topics', 'Top Stories', 'Editor\'s Picks', 'You May Also Enjoy', 'End of Article', 'From Our Archives', 'Recently by Jane Doe', 'More in Politics', 'Don’t Miss', 'Trending Now', 'Rights & Permissions', 'Article Tags'])('opens the trailing chrome at %j', (terminator) => {
    const input = `${ARTICLE_EN}\n${terminator}\nMayor Announces New Budget\nLibrary Opens Late on Fridays`
    expect(removed(cleaner, input)).toEqual([terminator, 'Mayor Announces New Budget', 'Library Opens Late on Fridays'])
  })

  it('opens the trailing chrome at a tag line ("Tagged: …")', () => {
    const input = `${ARTICLE_EN}\nTagged: bridges, city council, transport\nMayor Announces New Budget`
    expect(removed(cleaner, input)).toEqual(['Tagged: bridges, city council, transport', 'Mayor Announces New Budget'])
  })

  it('explains the cut', () => {
    const input = `${ARTICLE_EN}\nRelated Articles\nMayor Announces New Budget\nLibrary Opens Late on Fridays`
    const messages = createCleaner({ preset: ['trailing-chrome'] }).run(input).messages
    expect(messages.map((m) => m.reason)).toEqual([
      'Unexpected trailing page chrome `Related Articles` (terminator; 2 short lines, no sentence follow), expected article text',
      'Unexpected trailing page chrome after `Related Articles` (2 short lines, no sentence), expected article text',
      'Unexpected trailing page chrome after `Related Articles` (2 short lines, no sentence), expected article text',
    ])
    expect(messages[0]!.data).toMatchObject({ terminator: 'Related Articles', lines: 2, seenShare: 1 })
  })

  it.each([
    ['Spanish', `${ARTICLE_ES}\nArtículos relacionados\nEl alcalde presenta el nuevo presupuesto\nLa biblioteca abrirá los viernes`],
    ['Spanish comment form', `${ARTICLE_ES}\nDeja una respuesta\nComentario\nNombre *\nCorreo electrónico *\nPublicar el comentario`],
    ['French', `${ARTICLE_EN}\nSur le même sujet\nLe maire présente son budget\nLa bibliothèque ouvre le vendredi soir`],
    ['German tags', `${ARTICLE_EN}\nSchlagwörter: Brücke, Verkehr, Stadtrat\nTeilen\nÄhnliche Beiträge`],
    ['Italian', `${ARTICLE_EN}\nArticoli correlati\nIl sindaco presenta il bilancio\nLa biblioteca apre il venerdì sera`],
    ['Dutch', `${ARTICLE_EN}\nGerelateerde artikelen\nBurgemeester presenteert begroting\nBibliotheek vrijdagavond langer open`],
    ['Portuguese', `${ARTICLE_EN}\nVocê também pode gostar\nPrefeito apresenta orçamento\nBiblioteca abre às sextas à noite`],
  ])('removes the trailing chrome of a %s page', (_, input) => {
    const out = cleaner.clean(input)
    expect(out).toBe(`${input.split('\n').slice(0, input.startsWith('El') ? 2 : 3).join('\n\n')}\n`)
  })

  it('counts a terminator that a line cleaner already removed', () => {
    const input = `${ARTICLE_EN}\nLeave a Reply\nComment\nName *\nEmail *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment`
    const result = cleanWithReport(input)
    expect(result.text).toBe(`${ARTICLE_EN.split('\n').join('\n\n')}\n`)
  })

  it('keeps a prose paragraph after the terminator, and cuts again at the next terminator', () => {
    const bio = 'Jane Doe has covered city hall for the paper since 2015 and won two awards for her reporting on public contracts.'
    const input = `${ARTICLE_EN}\nAbout the author\nJane Doe\n${bio}\nRelated Posts\nMayor Announces New Budget`
    expect(removed(cleaner, input)).toEqual(['About the author', 'Jane Doe', 'Related Posts', 'Mayor Announces New Budget'])
  })

  it('removes a reader comment thread after the article (English and German)', () => {
    const en = `${ARTICLE_EN}\n2 Comments\nMaria says:\nMarch 3, 2025 at 5:50 pm\nI walk across that bridge every morning and the cracks have been visible for years, so this is overdue.\nReply\nTom says:\nMarch 4, 2025 at 8:12 am\nThe ferry is a good idea, but it should run later in the evening for people who work late shifts.\nReply`
    expect(cleaner.clean(en)).toBe(`${ARTICLE_EN.split('\n').join('\n\n')}\n`)
    const de = `${ARTICLE_EN}\nKommentare\nAnna sagt:\n4. März 2025 um 17:50 Uhr\nIch gehe jeden Morgen über diese Brücke, und die Risse sind seit Jahren zu sehen, das war längst überfällig.\nAntworten\nPeter sagt:\nvor 3 Stunden\nDie Fähre ist eine gute Idee, aber sie sollte abends länger fahren, für alle, die Spätschicht haben.`
    expect(cleaner.clean(de)).toBe(`${ARTICLE_EN.split('\n').join('\n\n')}\n`)
    const report = createCleaner({ preset: ['trailing-chrome'] }).run(en).messages[0]!.reason
    expect(report).toContain('lines of a comment thread')
  })

  it('keeps prose under a single comment-like line, and comments before most of the article', () => {
    const one = `${ARTICLE_EN}\nComments\nMaria says:\nI walk across that bridge every morning and the cracks have been visible for years, so this is overdue.`
    expect(cleaner.clean(one)).toContain('I walk across that bridge')
    const early = `Comments\nMaria says:\nMarch 3, 2025 at 5:50 pm\n${ARTICLE_EN}`
    expect(removed(cleaner, early)).toEqual([])
    const off = only('trailing-chrome', { comments: false })
    const thread = `${ARTICLE_EN}\n2 Comments\nMaria says:\nMarch 3, 2025 at 5:50 pm\nI walk across that bridge every morning and the cracks have been visible for years, so this is overdue.\nReply`
    expect(off.clean(thread)).toContain('I walk across that bridge')
  })

  it('keeps a live blog\'s entries under an inline box: a time alone is no comment header', () => {
    const entries = [
      '09:25', 'Ferry Service Starts Early',
      'The first ferry left the north bank at six this morning, and about forty cyclists were waiting for it at the pier.',
      '10:10', 'Shops Report Fewer Customers',
      'Traders on the south bank say that the number of customers has fallen by a third since the bridge was closed.',
    ]
    const input = `${ARTICLE_EN}\nRead This Next\nMayor Announces New Budget\n${entries.join('\n')}`
    const kept = cleaner.clean(input)
    expect(kept).toContain(entries[2])
    expect(kept).toContain(entries[5])
    // framed by a name and a reply link, the same times are a comment thread
    const thread = `${ARTICLE_EN}\nComments\nMaria says:\n09:25\n${entries[2]}\nReply\nTom says:\n10:10\n${entries[5]}\nReply`
    expect(cleaner.clean(thread)).toBe(`${ARTICLE_EN.split('\n').join('\n\n')}\n`)
  })

  it('ends an inline box above the article\'s next numbered entry', () => {
    const entry = (n: number, name: string) => [`${n}. ${name}`, `The ${name.toLowerCase()} is one of the places we would send a friend to first, and it can be reached on foot from the centre in less than half an hour.`]
    const head = [...entry(1, 'Old Harbour'), ...entry(2, 'North Bank Market'), ...entry(3, 'Castle Gardens'), ...entry(4, 'River Walk')]
    const tail = [...entry(5, 'Night Ferry'), ...entry(6, 'Lighthouse Point')]
    const input = [...head, 'Related', 'The Best Hotels in Town for Every Budget', ...tail].join('\n')
    expect(removed(cleaner, input)).toEqual(['Related', 'The Best Hotels in Town for Every Budget'])
    // "Step 4" after "Step 3", "Paso 3" after "Paso 2"
    const steps = ['Step 3: Make the Sauce', head[1]!, 'Related', 'Fresh Egg Pasta by Hand', 'Step 4: Assemble the Dish', head[3]!]
    expect(removed(cleaner, [...head.slice(0, 6), ...steps].join('\n'))).toEqual(['Related', 'Fresh Egg Pasta by Hand'])
    // without numbering above the box, the line under it goes with the cut as before
    const plain = [...head.slice(0, 7).map((l) => l.replace(/^\d+\. /, '')), 'Related', 'The Best Hotels in Town for Every Budget', 'Night Ferry', tail[1]!]
    expect(removed(cleaner, plain.join('\n'))).toEqual(['Related', 'The Best Hotels in Town for Every Budget', 'Night Ferry'])
  })

  it('ends an inline box above an FAQ: the question over its answer stays, and the short heading above it', () => {
    const faq = [
      'Why does the ferry not run at night?', 'The crossing is too narrow for a safe passage in the dark, so the last boat leaves the north bank at eight in the evening.',
      'Can I take a bicycle on the ferry?', 'Yes, each crossing carries up to twelve bicycles at no extra cost, and there are racks on both landing stages.',
    ]
    const article = [ARTICLE_EN,
      'Engineers will first shore up the two damaged piers with steel collars before divers inspect the foundations below the waterline.',
      'The ferry service starts next Monday and will run every twenty minutes from seven in the morning, with extra boats at rush hour.'].join('\n')
    // the box: a marker and one headline, then the article's FAQ
    const input = [article, 'Related Posts', 'The Best Cycle Routes Along the River', 'Frequently Asked Questions', ...faq].join('\n')
    expect(removed(cleaner, input)).toEqual(['Related Posts', 'The Best Cycle Routes Along the River'])
    // no heading of its own: the question alone stays
    expect(removed(cleaner, [article, 'Related Posts', 'The Best Cycle Routes Along the River', ...faq].join('\n'))).toEqual(['Related Posts', 'The Best Cycle Routes Along the River'])
    // a heading right under the marker is the box's own line: it goes with the box
    expect(removed(cleaner, [article, 'Related Posts', 'River Crossings', ...faq].join('\n'))).toEqual(['Related Posts', 'River Crossings'])
    // one question over a paragraph is a related box's last headline over the article going on
    const goesOn = 'The ferry will also stop at the old harbour on weekends, where a new landing stage is being built this winter.'
    expect(removed(cleaner, [article, 'Related Posts', 'Is Rye Flour Gluten Free?', 'Can You Freeze Sourdough Bread?', goesOn].join('\n'))).toEqual(['Related Posts', 'Is Rye Flour Gluten Free?', 'Can You Freeze Sourdough Bread?'])
    // a question line that is not over a paragraph is no FAQ entry
    expect(removed(cleaner, [article, 'Related Posts', 'Is the Old Bridge Worth Saving?', 'Home | About | Contact'].join('\n'))).toEqual(['Related Posts', 'Is the Old Bridge Worth Saving?', 'Home | About | Contact'])
  })

  it('ignores a terminator before most of the article', () => {
    const input = `Comments\n${ARTICLE_EN.split('\n')[0]}\nTags\n${ARTICLE_EN.split('\n').slice(1).join('\n')}`
    expect(removed(cleaner, input)).toEqual([])
  })

  it('leaves a section heading followed by more article text than came before it', () => {
    // 150+ words of tutorial, a "Comments" section with code, then more prose than before it.
    const para = 'Every program in this tutorial is short, and each line of it is explained in the text that follows it, so that you can type it in and run it yourself.'
    const before = Array.from({ length: 6 }, () => para).join('\n')
    const after = Array.from({ length: 8 }, () => para.replace('Every', 'Each')).join('\n')
    const input = `${before}\nComments\n# this is a comment\nprint("hello")\n${after}`
    expect(removed(cleaner, input)).toEqual([])
  })

  it('keeps article-shaped lines after the terminator', () => {
    const input = `${ARTICLE_EN}\nTags\n${ARTICLE_ES}`
    expect(removed(cleaner, input)).toEqual([])
  })

  it('is risky: the safety valve undoes it when the page would lose too much', () => {
    const input = `${ARTICLE_EN.split('\n')[0]}\nRelated\n${Array.from({ length: 40 }, (_, i) => `Headline Number ${i} About Town`).join('\n')}`
    const result = createCleaner({ preset: ['trailing-chrome'] }).run(input)
    expect(result.text).toContain('Headline Number 39 About Town')
    expect(result.messages.some((m) => m.ruleId === 'safety-valve')).toBe(true)
  })

  it('takes its own terminators and thresholds', () => {
    const input = `${ARTICLE_EN}\nMehr aus der Region\nNeue Buslinie ab Montag`
    expect(removed(only('trailing-chrome', { lines: ['mehr aus der region'] }), input)).toHaveLength(2)
    expect(removed(only('trailing-chrome', { replace: true }), `${ARTICLE_EN}\nRelated Articles\nMayor Announces New Budget`)).toEqual([])
    expect(() => createCleaner({ cleaners: { 'trailing-chrome': { minShare: 2 } } })).toThrow(RangeError)
    expect(() => createCleaner({ cleaners: { 'trailing-chrome': { minWords: 0 } } })).toThrow(RangeError)
  })

  it('refuses every cut among many terminators before most of the article, and cuts after it', () => {
    // each "Tags:" used to scan all the others below it (quadratic); their scans now share one
    const paragraphs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `The council voted on day ${from + i} to close the old bridge to traffic after engineers found cracks in two of its supports.`).join('\n')
    const input = `${paragraphs(2)}\n${'Tags:\n'.repeat(300)}${paragraphs(40, 2)}\nRelated Articles\nMayor Announces New Budget\nTags:\nLibrary Opens Late`
    expect(removed(cleaner, input)).toEqual(['Related Articles', 'Mayor Announces New Budget', 'Tags:', 'Library Opens Late'])
  })
})

describe('trailing-chrome: teaser headlines without a terminator', () => {
  const long = Array.from({ length: 8 }, (_, i) => `The council voted on day ${i + 1} to keep the old bridge closed while engineers study the cracks in two of its supports.`).join('\n')
  const teasers = ['Mayor Announces New Budget for Schools', 'Library Opens Late on Fridays This Winter', 'How to Cross the River Without a Car']

  it('removes two or more title-case headlines after the article\'s last paragraph', () => {
    const input = `${long}\n${teasers.join('\n')}`
    expect(removed(cleaner, input)).toEqual(teasers)
    const m = cleaner.run(input).messages.find((x) => x.kind === 'remove')!
    expect(m.reason).toBe('Unexpected teaser headline `Mayor Announces New Budget for Schools` (3 title-case headlines after the article\'s last paragraph, no terminator), expected article text')
  })

  it('keeps one headline, sentence-case lines, a list that is most of the page, a short article, and the option off', () => {
    expect(removed(cleaner, `${long}\n${teasers.slice(0, 1).join('\n')}`)).toEqual([])
    expect(removed(cleaner, `${long}\n${teasers.slice(0, 2).join('\n')}`)).toEqual(teasers.slice(0, 2))
    // two headlines among more other lines are not most of the tail
    expect(removed(cleaner, `${long}\n${teasers[0]}\nThanks for reading\nSee you next week\n${teasers[1]}`)).toEqual([])
    const steps = ['Check the tyre pressure before you leave', 'Take the ferry from the north bank', 'Lock your bike at the new racks']
    expect(removed(cleaner, `${long}\n${steps.join('\n')}`)).toEqual([])
    // an index page: a short introduction over a long list of title-case entries
    const index = Array.from({ length: 40 }, (_, i) => `Pages ${i * 10 + 1}-${i * 10 + 10} - Hinges and Handles Part ${i + 1}`)
    expect(removed(cleaner, `${long}\n${index.join('\n')}`)).toEqual([])
    expect(removed(cleaner, `${ARTICLE_EN}\n${teasers.join('\n')}`)).toEqual([])
    expect(removed(only('trailing-chrome', { teasers: false }), `${long}\n${teasers.join('\n')}`)).toEqual([])
    expect(() => createCleaner({ cleaners: { 'trailing-chrome': { teasers: 'yes' } } })).toThrow(/Unexpected string for option 'teasers' of cleaner 'trailing-chrome', expected boolean/)
  })

  it('keeps the article\'s own list: labelled values, names after a separator, a list under its heading', () => {
    const winners = ['Best Picture: The Long Winter', 'Best Director: Anna Berg', 'Best Actress: Maria Lopez']
    expect(removed(cleaner, `${long}\n${winners.join('\n')}`)).toEqual([])
    const cast = ['Cillian Murphy as J. Robert Oppenheimer', 'Emily Blunt as Kitty Oppenheimer', 'Matt Damon as Leslie Groves']
    expect(removed(cleaner, `${long}\n${cast.join('\n')}`)).toEqual([])
    const shortlist = ['Prophet Song by Paul Lynch', 'Western Lane by Chetna Maroo', 'The Bee Sting by Paul Murray']
    expect(removed(cleaner, `${long}\n${shortlist.join('\n')}`)).toEqual([])
    expect(removed(cleaner, `${long}\nServing Suggestions\n${teasers.join('\n')}`)).toEqual([])
    expect(removed(cleaner, `${long}\nThe places we visited:\n${teasers.join('\n')}`)).toEqual([])
  })

  it('keeps headlines followed by more article prose', () => {
    const input = `${long}\n${teasers.join('\n')}\nThe bridge is expected to reopen in the spring of next year, the council said in a statement on Friday.`
    expect(removed(cleaner, input)).toEqual([])
  })
})

describe('trailing-chrome: teaser cards under a terminator', () => {
  const long = Array.from({ length: 8 }, (_, i) => `The council voted on day ${i + 1} to keep the old bridge closed while engineers study the cracks in two of its supports.`).join('\n')
  const summaries = [
    'The ferry timetable changes on Monday, and the first boat now leaves the north bank at six in the morning.',
    'The central library will stay open until ten on Fridays from November, with a reading café on the ground floor.',
    'Cyclists and walkers have three ways to reach the other bank while the bridge is shut, and one of them is free.',
  ]
  const cards = [
    'Read This Next',
    'Ferry Timetable Changes on Monday', 'March 3, 2025', summaries[0]!,
    'Library Opens Late on Fridays This Winter', 'by Jane Doe', summaries[1]!,
    'How to Cross the River Without a Car', '4 min read', summaries[2]!,
  ]
  // what the cut under the terminator takes without the cards: the short lines up to the first paragraph
  const cut = cards.slice(0, 3)
  const more = 'The bridge is expected to reopen in the spring of next year, the council said in a statement on Friday.'

  it('removes short paragraphs under a headline and a byline or date, to the end of the text', () => {
    const input = `${long}\n${cards.join('\n')}\nShare\n© 2025`
    expect(removed(cleaner, input)).toEqual(cards)
    const m = cleaner.run(input).messages.filter((x) => x.kind === 'remove')
    expect(m[3]!.reason).toBe('Unexpected teaser card after `Read This Next` (3 short paragraphs, each under a headline, to the end of the text), expected article text')
    expect(m[3]!.data).toEqual({ terminator: 'Read This Next', cards: 3 })
    // German: "Das könnte Sie auch interessieren"
    const de = ['Das könnte Sie auch interessieren', 'Neue Fähre ab Montag', '3. März 2025',
      'Die erste Fähre fährt ab Montag schon um sechs Uhr am Morgen vom Nordufer ab, teilte die Stadt mit.',
      'Bibliothek freitags länger geöffnet', 'von Anna Muster',
      'Die Stadtbibliothek bleibt ab November freitags bis zehn Uhr geöffnet, mit einem Lesecafé im Erdgeschoss.']
    const deLong = Array.from({ length: 8 }, (_, i) => `Der Stadtrat hat am Tag ${i + 1} beschlossen, die alte Brücke wegen der Risse in zwei Pfeilern für den Verkehr gesperrt zu lassen.`).join('\n')
    expect(removed(cleaner, `${deLong}\n${de.join('\n')}`)).toEqual(de)
  })

  it('keeps them when prose follows, when two paragraphs run on, or when a paragraph has no headline above it', () => {
    expect(removed(cleaner, `${long}\n${cards.join('\n')}\n${more}`)).toEqual(cut)
    expect(removed(cleaner, `${long}\n${cards.slice(0, 7).join('\n')}\n${more}\n${cards.slice(7).join('\n')}`)).toEqual(cut)
    expect(removed(cleaner, `${long}\n${cards.slice(0, 7).join('\n')}\nWeather\nRain\nSun\n${summaries[2]}`)).toEqual(cut)
    // one card is not a list
    expect(removed(cleaner, `${long}\n${cards.slice(0, 4).join('\n')}`)).toEqual(cut)
    expect(removed(only('trailing-chrome', { teasers: false }), `${long}\n${cards.join('\n')}`)).toEqual(cut)
    // a long paragraph is an article's, not a teaser's summary
    const long120 = Array.from({ length: 8 }, () => 'The ferry runs every half hour from the north bank, and a ticket for it costs two euros.').join(' ')
    expect(removed(cleaner, `${long}\n${long}\n${cards.slice(0, 9).join('\n')}\n${long120}`)).toEqual(cut)
  })

  it('takes cards of a headline and a summary alone under a terminator that announces other stories', () => {
    const bare = ['Ferry Timetable Changes on Monday', summaries[0]!, 'Library Opens Late on Fridays This Winter', summaries[1]!, 'How to Cross the River Without a Car', summaries[2]!]
    expect(removed(cleaner, `${long}\nRelated Posts\n${bare.join('\n')}`)).toEqual(['Related Posts', ...bare])
    expect(removed(cleaner, `${long}\nArtículos relacionados\n${bare.join('\n')}`)).toEqual(['Artículos relacionados', ...bare])
    // "Tags" names no stories: only the cut
    expect(removed(cleaner, `${long}\nTags\n${bare.join('\n')}`)).toEqual(['Tags', bare[0]])
    // your own openers, and none of the bundled ones with `replace`
    const mine = only('trailing-chrome', { openers: ['Mehr aus der Region'], lines: ['Mehr aus der Region'] })
    expect(removed(mine, `${long}\nMehr aus der Region\n${bare.join('\n')}`)).toEqual(['Mehr aus der Region', ...bare])
    const replaced = only('trailing-chrome', { replace: true, lines: ['Related Posts'] })
    expect(removed(replaced, `${long}\nRelated Posts\n${bare.join('\n')}`)).toEqual(['Related Posts', bare[0]])
    expect(() => createCleaner({ cleaners: { 'trailing-chrome': { openers: [''] } } })).toThrow(/openers/)
  })

  it('keeps an article\'s entries going on past an inline box', () => {
    // a headline and a paragraph alone: a listicle's entries, a FAQ, "Don't Miss" as a section
    const entries = ['Don’t Miss', 'Arthur’s Seat at Sunrise', summaries[0]!, 'Dean Village by the River', summaries[1]!, 'The Water of Leith Walk', summaries[2]!]
    expect(removed(cleaner, `${long}\n${entries.join('\n')}`)).toEqual(entries.slice(0, 2))
    // the box's own link above the next entry: a first card taller than the others
    const box = ['Related', 'Mayor Announces New Budget for Schools', ...cards.slice(1)]
    expect(removed(cleaner, `${long}\n${box.join('\n')}`)).toEqual(box.slice(0, 4))
    // the numbering of the entry above the box goes on
    const numbered = ['4. The Old Mill Stop', 'Open daily', more, 'Related', '5. The Harbour Stop', 'Open daily', summaries[0]!, '6. The North Bank Stop', 'Open daily', summaries[1]!]
    expect(removed(cleaner, `${long}\n${numbered.join('\n')}`)).toEqual(numbered.slice(3, 6))
  })

  it('keeps the article between an inline box and a real grid further down (review findings)', () => {
    const grid = cards.slice(0, 7)
    // sections under an inline box, then a grid under its own terminator: only the box and the grid go
    const sections = ['Related', 'Mayor Announces New Budget', 'What Happens Next', more, 'How to Get Around', summaries[2]!]
    const out = cleaner.clean(`${long}\n${sections.join('\n')}\n${grid.join('\n')}`)
    expect(out).toContain(more)
    expect(out).toContain(summaries[2])
    expect(out).not.toContain(summaries[1])
    // a paragraph hard-wrapped over two lines is no card of two lines
    const wrappedEntries = ['Don’t Miss', 'Arthur’s Seat at Sunrise', 'The climb to the top of the old volcano takes about forty', 'minutes from Holyrood on a clear morning, and the view is worth every step of it.',
      'Dean Village by the River', 'This former milling village is a short walk from the west end, but it', 'feels like the countryside, with its mills and its footbridge over the Water of Leith.']
    const kept = cleaner.clean(`${long}\n${wrappedEntries.join('\n')}`)
    expect(kept).toContain('feels like the countryside')
    expect(kept).toContain('minutes from Holyrood')
  })

  it('keeps a live blog\'s entries whose times carry a time zone', () => {
    const entries = ['09:25 BST', 'Ferry Service Starts Early', summaries[0]!, '9:40 a.m. ET', 'Shops Report Fewer Customers', summaries[1]!]
    const out = cleaner.clean(`${long}\nRead This Next\nMayor Announces New Budget\n${entries.join('\n')}`)
    expect(out).toContain(summaries[0])
    expect(out).toContain(summaries[1])
  })

  it('leaves the cards when the terminator comes before most of the article', () => {
    const input = `${long.split('\n').slice(0, 2).join('\n')}\n${cards.join('\n')}\n${long}`
    expect(removed(cleaner, input)).toEqual([])
  })
})
