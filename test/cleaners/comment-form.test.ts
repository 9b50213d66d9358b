import { describe, expect, it } from 'vitest'
import { createCleaner } from '../../src/index.js'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('comment-form')

describe('comment-form', () => {
  it.each([
    // English (WordPress, Disqus, Facebook comments)
    'Leave a Reply Cancel reply',
    'Your email address will not be published. Required fields are marked *',
    'Save my name, email, and website in this browser for the next time I comment.',
    '12 Comments',
    'Post Comment',
    '3 thoughts on “How to Grow Tomatoes on a Balcony”',
    // Spanish
    'Deja una respuesta',
    'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *',
    'Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.',
    'Publicar el comentario',
    'Una respuesta a «Cómo cultivar tomates en el balcón»',
    // French
    'Laisser un commentaire',
    'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    'Annuler la réponse',
    // German, informal and formal
    'Schreibe einen Kommentar',
    'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
    'Ihre E-Mail-Adresse wird nicht veröffentlicht.',
    'Kommentar abschicken',
    // Portuguese, Italian, Dutch
    'Deixe um comentário',
    'O seu endereço de email não será publicado. Campos obrigatórios são marcados com *',
    'Lascia un commento',
    'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
    'Geef een reactie',
    'Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *',
    'Reactie annuleren',
    'If you are a human, ignore this field',
    'If you are human, leave this field blank.',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'Readers can leave a reply under each article, the editor said.',
    'Comments from the minister surprised the opposition on Monday.',
    'Leser können unter jedem Artikel einen Kommentar schreiben, sagte die Redakteurin.',
    'Les lecteurs peuvent laisser un commentaire sous chaque article, a indiqué la rédactrice.',
    'Los lectores pueden dejar un comentario debajo de cada artículo, dijo la editora.',
    'Os leitores podem deixar um comentário em cada artigo, disse a editora.',
    'I lettori possono lasciare un commento sotto ogni articolo, ha detto la direttrice.',
    'Lezers kunnen een reactie achterlaten onder elk artikel, zei de redacteur.',
    'Name the three rivers that meet in the city, and explain why the bridges were built there.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })

  it('explains each removal', () => {
    const { messages } = cleaner.run('Story.\nDeja una respuesta')
    expect(messages.find((m) => m.kind === 'remove')?.reason).toBe('Unexpected comment form `Deja una respuesta`, expected article text')
  })

  it('takes extra phrases and sentence starts', () => {
    const custom = only('comment-form', { lines: ['Kommentieren Sie!'], sentences: ['Ihr Beitrag wird geprüft'] })
    expect(removesInContext(custom, 'Kommentieren Sie!')).toBe(true)
    expect(removesInContext(custom, 'Ihr Beitrag wird geprüft, bevor er erscheint, und kann bis zu einem Tag dauern.')).toBe(true)
  })

  it('loads only the languages asked for', () => {
    const english = createCleaner({ preset: ['whitespace', 'comment-form'], languages: ['en'] })
    expect(removesInContext(english, 'Schreibe einen Kommentar')).toBe(false)
    expect(removesInContext(english, 'Leave a Reply')).toBe(true)
  })
})
