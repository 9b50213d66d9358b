import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { nameOf } from '../../src/cleaners/author-bio.js'
import { functionWordSet } from '../../src/data/function-words.js'
import { only, removed } from './noise-helpers.js'

const cleaner = only('author-bio')

const ARTICLE = [
  'The council voted on Tuesday to close the old bridge to traffic after engineers found deep cracks in two of its piers.',
  'Repairs are expected to take at least eighteen months, and a temporary ferry will carry cyclists and pedestrians across the river.',
  'The ferry will run every twenty minutes from six in the morning until midnight, the transport office said in a statement.',
].join('\n')

const page = (...tail: string[]) => `${ARTICLE}\n${tail.join('\n')}`

describe('author-bio', () => {
  it.each([
    ['a name and a biography', ['Lena Marsh', 'Lena Marsh is the owner of a cleaning company in Denver and writes about healthy homes for our readers.']],
    ['a label, a name with credentials, a role line', ['About the author', 'Ruth Okafor, MA, MFA', 'Shopping Editor', 'Ruth Okafor is a shopping editor who has reviewed kitchen gear for more than ten years.']],
    ['a biography that starts with the first name', ['Written by:', 'Nora Blake', 'Nora is the lead writer of our guides, having first joined the team in 2022 as a researcher.']],
    ['a first-person biography', ['Tomas Reyes', "I'm Tomas, a content writer at a software company. I specialise in articles about data tools."]],
    ['an honorific and particles', ['Dr Anke van der Berg', 'Dr Anke van der Berg is a published author on workplace topics and leads our research team.']],
    ['a label in front of the name', ['Written By Omar Haddad', 'Omar Haddad (@ohaddad) is the managing editor of our security desk and covers data breaches.']],
    ['"About" and the name on one line', ['About Priya Natarajan', 'Priya Natarajan is the founder of a tutoring service and has advised students on applications since 2010.']],
    ['a label with a colon and role lines', ['Author: Kai Lindqvist', 'Title: Founder of Trail Notes', 'Kai Lindqvist is a hiker, photographer and travel writer based in Oslo.']],
    ['a label glued to the name by the scraper', ['Written byOmar Haddad', 'Omar Haddad is the managing editor of our security desk and covers data breaches for the site.']],
    ['a label over a biography that does not name them', ['Written by', 'Nora Blake', 'Award-winning author and editor of the year. I started this site in 2019 to help readers cook at home.']],
    ['a name, a role line and a biography with another job word', ['Elena Ruiz', 'Enterprise Sales Executive', 'Elena is a results-driven sales executive who helps schools choose their software.']],
    ['a label right over a biography that starts with the name', ['About the Author:', 'Nora Blake is a skilled content writer with over five years of experience in travel and food guides.']],
    ['"About" and the name, a biography without a job word', ['About Omar Haddad', 'Omar is an avid traveller and tester of gear. He has visited all seven continents and still packs too much.']],
    ['a lawyer', ['Paul Hart', 'Paul Hart is an associate attorney at Example Law, admitted to practice in two states.']],
    ['the site in brackets after the name', ['Jo-Ann Reyes (Example Labs)', 'Jo-Ann started Example Labs in 2010 and worked as a software engineer before writing full time.']],
  ])('removes an author box after the article: %s', (_, box) => {
    expect(removed(cleaner, page(...box))).toEqual(box)
    expect(cleaner.clean(page(...box))).toBe(`${ARTICLE.split('\n').join('\n\n')}\n`)
  })

  it('takes the paragraphs that go on naming the person, and a link to their posts', () => {
    const box = [
      'Lena Marsh',
      'Lena Marsh is the owner of a cleaning company in Denver and writes about healthy homes for our readers.',
      'Lena holds a business degree and serves on the board of a local school for children with autism.',
      'View all posts by Lena Marsh',
    ]
    expect(removed(cleaner, page(...box))).toEqual(box)
  })

  it('removes several boxes in a row, and the short lines between them', () => {
    const box = [
      'Jane Doe', 'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.',
      'Share this article',
      'John Roe', 'John Roe is a photographer and editor who has worked for the Gazette for twenty years.',
    ]
    expect(removed(cleaner, page(...box))).toEqual(['Jane Doe', box[1], 'John Roe', box[4]])
  })

  it.each([
    ['German', 'Anna Schmidt', 'Anna Schmidt ist Redakteurin im Lokalressort und schreibt seit 2018 über Verkehr und Stadtplanung.'],
    ['French', 'Marie Dupont', 'Marie Dupont est journaliste au service politique et couvre la mairie depuis 2015 pour notre rédaction.'],
    ['Spanish', 'Lucía Pérez', 'Lucía Pérez es periodista y corresponsal en Bruselas, donde cubre la política europea desde 2019.'],
    ['Dutch', 'Pieter de Vries', 'Pieter de Vries is redacteur binnenland en schrijft sinds 2016 over verkeer en wonen in de stad.'],
    ['German, "Von" in front of the name', 'Von Anna Schmidt', 'Anna Schmidt ist Redakteurin im Lokalressort und schreibt seit 2018 über Verkehr und Stadtplanung.'],
    ['French, "Par" in front of the name', 'Par Marie Dupont', 'Marie Dupont est journaliste au service politique et couvre la mairie depuis 2015 pour notre rédaction.'],
  ])('removes a %s author box', (_, name, bio) => {
    expect(removed(cleaner, page(name, bio))).toEqual([name, bio])
  })

  it('keeps a section about a person with more article under it', () => {
    const tail = [
      'Maria Lopez',
      'Maria Lopez, a retired engineer who lives by the bridge, said she had warned the council about the cracks for years.',
      'The council said it would answer her letters once the inspection report was published next month.',
    ]
    expect(removed(cleaner, page(...tail))).toEqual([])
  })

  it('keeps a heading over a paragraph that names it but is not about a person', () => {
    const tail = [
      'Morning Digest Newsletter',
      'Subscribe to the Morning Digest to get the latest news and analysis from our expert reporters in your inbox.',
    ]
    expect(removed(cleaner, page(...tail))).toEqual([])
    // a title-case heading over a paragraph about a company, with a job word in it
    const company = ['Acme Gold Rewards', 'Customers can sign up for the Acme Gold Rewards program, which a manager can approve in minutes.']
    expect(removed(cleaner, page(...company))).toEqual([])
  })

  it('takes biographies with no name line under links to the person\'s posts', () => {
    const tail = [
      'Lena Marsh is a gear editor and guide writer at Example Trails, and has tested running shoes since 2015.',
      'View all posts by Lena Marsh',
      'Omar Haddad is a member of the review team at Example Trails and writes about tents and stoves.',
      'View all posts by Omar Haddad',
    ]
    expect(removed(cleaner, page(...tail))).toEqual(tail)
    const r = cleaner.run(page(...tail.slice(0, 2))).messages.filter((m) => m.kind === 'remove').map((m) => m.reason)
    expect(r).toEqual([
      'Unexpected author box: biography of `Lena Marsh` (a link to their posts follows, after the article), expected article text',
      'Unexpected author box: link to the posts of `Lena Marsh`, expected article text',
    ])
    // without the link, a paragraph about a person at the end of the article stays
    expect(removed(cleaner, page(tail[0]!))).toEqual([])
  })

  it('takes a labelled biography that names the person and speaks of them', () => {
    const box = ['Written by Omar Haddad', "Hi, I'm Omar! At 32 I turned a small backyard into a vegetable garden, and I can't wait to show you how."]
    expect(removed(cleaner, page(...box))).toEqual(box)
  })

  it('says which line is a label over a biography', () => {
    const r = cleaner.run(page('About the Author:', 'Nora Blake is a skilled content writer with over five years of experience in travel and food guides.'))
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => m.reason)[0]).toBe('Unexpected author box label `About the Author:` (a biography of `Nora Blake` follows, after the article), expected article text')
  })

  it('needs a label to take a biography without a job word', () => {
    const tail = ['Omar Haddad', 'Omar is an avid traveller and tester of gear. He has visited all seven continents and still packs too much.']
    expect(removed(cleaner, page(...tail))).toEqual([])
  })

  it('needs a label to take a biography that does not name the person', () => {
    // without "Written by", a name over a first-person paragraph is a section of the article
    const tail = ['Nora Blake', 'Award-winning author and editor of the year. I started this site in 2019 to help readers cook at home.']
    expect(removed(cleaner, page(...tail))).toEqual([])
    expect(removed(cleaner, page('Written by', ...tail))).toEqual(['Written by', ...tail])
    // a glued label needs a capital after it: "Aboutface" is no label
    expect(removed(cleaner, page('Written byomar haddad', 'Omar Haddad is the managing editor of our security desk and covers data breaches for the site.'))).toEqual([])
  })

  it('needs a name after a label on the same line', () => {
    // "About" in front of a heading that is not a name, over a paragraph
    const tail = ['About the Ferry Service', 'The ferry service is run by the transport office, whose director said it would carry bikes for free.']
    expect(removed(cleaner, page(...tail))).toEqual([])
  })

  it('takes a label from the labels option in front of the name too', () => {
    const box = ['Meet the writer: Jane Doe', 'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.']
    expect(removed(cleaner, page(...box))).toEqual([])
    expect(removed(only('author-bio', { labels: ['Meet the writer'] }), page(...box))).toEqual(box)
  })

  it('keeps a box before most of the article', () => {
    const input = `Jane Doe\nJane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.\n${ARTICLE}\n${ARTICLE}`
    expect(removed(cleaner, input)).toEqual([])
  })

  it('needs a job word in the biography, and takes more from the roles option', () => {
    const box = ['Tom Baker', 'Tom Baker has cooked in the kitchens of three countries and now runs a small restaurant by the sea.']
    expect(removed(cleaner, page(...box))).toEqual([])
    expect(removed(only('author-bio', { roles: ['runs a small restaurant'] }), page(...box))).toEqual(box)
  })

  it('takes more labels from the labels option', () => {
    const box = ['Meet the team', 'Jane Doe', 'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.']
    expect(removed(cleaner, page(...box))).toEqual(box.slice(1))
    expect(removed(only('author-bio', { labels: ['Meet the team'] }), page(...box))).toEqual(box)
  })

  it('uses only the words of the languages loaded', () => {
    const box = ['Anna Schmidt', 'Anna Schmidt ist Redakteurin im Lokalressort und schreibt seit 2018 über Verkehr und Stadtplanung.']
    const english = createCleaner({ preset: ['whitespace', 'author-bio'], languages: ['en'] })
    expect(removed(english, page(...box))).toEqual([])
    const german = createCleaner({ preset: ['whitespace', 'author-bio'], languages: ['de'] })
    expect(removed(german, page(...box))).toEqual(box)
  })

  it('explains each removal and points at the line', () => {
    const r = cleaner.run(page('Jane Doe', 'Jane Doe is a senior reporter at the Example Gazette, where she has covered city hall since 2015.'))
    const [name, bio] = r.messages.filter((m) => m.kind === 'remove')
    expect(name!.reason).toBe('Unexpected author box `Jane Doe` (a name line; a biography that names them follows, after the article), expected article text')
    expect(bio!.reason).toBe('Unexpected author box: biography of `Jane Doe`, expected article text')
    expect(name!.ruleId).toBe('author-bio')
    expect(name!.place?.start.line).toBe(4)
    expect(name!.data).toEqual({ name: 'Jane Doe', lines: 2 })
  })

  it('says which line of the box is the label, the role and the biography', () => {
    const r = cleaner.run(page('About the author', 'Ruth Okafor', 'Shopping Editor', 'Ruth Okafor is a shopping editor who has reviewed kitchen gear for more than ten years.'))
    expect(r.messages.filter((m) => m.kind === 'remove').map((m) => m.reason)).toEqual([
      'Unexpected author box label over `Ruth Okafor`, expected article text',
      'Unexpected author box `Ruth Okafor` (a name line; a biography that names them follows, after the article), expected article text',
      'Unexpected author box: role line under `Ruth Okafor`, expected article text',
      'Unexpected author box: biography of `Ruth Okafor`, expected article text',
    ])
  })

  it('throws on bad options', () => {
    expect(() => only('author-bio', { minShare: 2 })).toThrow(/Unexpected minShare 2 for cleaner 'author-bio'/)
    expect(() => only('author-bio', { maxTailWords: -1 })).toThrow(/Unexpected maxTailWords -1/)
    expect(() => only('author-bio', { roles: [''] })).toThrow(/Unexpected roles for cleaner 'author-bio'/)
    expect(() => only('author-bio', { labels: 'Author' })).toThrow(/labels.*'author-bio'/)
  })
})

describe('nameOf', () => {
  const fw = functionWordSet()
  it.each([
    ['Lena Marsh', ['Lena', 'Marsh']],
    ['Ruth Okafor, MA, MFA', ['Ruth', 'Okafor']],
    ['Dr Anke van der Berg', ['Anke', 'Berg']],
    ["Sean O'Malley", ['Sean', "O'Malley"]],
    ['Paul Hart – Founder of Example Labs', ['Paul', 'Hart']],
    ['Jo-Ann Reyes (Example Labs)', ['Jo-Ann', 'Reyes']],
  ])('reads %j as a name', (text, name) => {
    expect(nameOf(text, fw)).toEqual(name)
  })

  it.each(['The Expert', 'You Should Know', 'Madonna', 'Read more.', 'Top 10 Picks', 'GET IN TOUCH', 'jane doe', 'Why the Bridge Closed and What Comes Next Now'])('does not read %j as a name', (text) => {
    expect(nameOf(text, fw)).toBeNull()
  })
})
