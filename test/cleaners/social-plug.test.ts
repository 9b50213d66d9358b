import { describe, expect, it } from 'vitest'
import { keeps, only, removed, removesInContext } from './noise-helpers.js'

const cleaner = only('social-plug')

describe('social-plug', () => {
  it('removes a sharing block in English, German and French (Jetpack)', () => {
    expect(removed(cleaner, 'Story.\nShare this:\nTwitter\nFacebook\nLike this:\nLoading...')).toHaveLength(5)
    expect(removed(cleaner, 'Text.\nTeilen mit:\nKlicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)\nGefällt mir:\nWird geladen …')).toHaveLength(4)
    expect(removed(cleaner, 'Texte.\nPartager :\nCliquez pour partager sur X(ouvre dans une nouvelle fenêtre)\nJ’aime ça :\nChargement…')).toHaveLength(4)
  })

  it.each([
    'Connect with us: Follow the Example Gazette on Facebook and Twitter for breaking news and updates.',
    'Síguenos en Facebook, Twitter e Instagram',
    'Seguici su Facebook e Instagram',
    'Condividi su WhatsApp',
    'Volg ons op Facebook en Instagram',
    'Delen:',
    'Siga-nos nas redes sociais',
    'Compartilhe este artigo',
    'Folgen Sie uns auf Instagram',
    'Share this page',
    'Follow us on Telegram, Facebook, Instagram and X for the latest news and updates.',
    'Follow us on Instagram for more recipes like this one.',
    'Print this article',
    'Please share this article',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it('removes a row of share buttons printed on one line, not a list of platforms in a sentence or with commas', () => {
    expect(removesInContext(cleaner, 'Share on Facebook Share on X (Twitter) Share on Reddit')).toBe(true)
    // the three names are one phrase as well: the bars and the glued counts still make a row
    expect(removesInContext(cleaner, 'Facebook | Twitter | LinkedIn')).toBe(true)
    expect(removesInContext(cleaner, 'Facebook0 Twitter LinkedIn0')).toBe(true)
    expect(removesInContext(cleaner, 'Facebook12 Twitter LinkedIn3 Pinterest0')).toBe(true)
    expect(removesInContext(cleaner, 'Print Email More Options WhatsApp LinkedIn Copy Link')).toBe(true)
    // X among other networks, not a lone X (a letter of a board, a sign)
    expect(removesInContext(cleaner, 'Print Facebook X Email More Options WhatsApp LinkedIn')).toBe(true)
    expect(removesInContext(cleaner, 'X')).toBe(false)
    expect(removesInContext(cleaner, 'Facebook, Instagram, TikTok')).toBe(false)
    expect(removesInContext(cleaner, 'Facebook Instagram and TikTok')).toBe(false)
  })

  it.each([
    'She has 2 million followers and shares her recipes on Instagram every week.',
    'Fans who follow us on Instagram for the latest photos asked about the bridge.',
    'Die Ministerin teilte am Montag mit, dass die Brücke bis zum Sommer gesperrt bleibt.',
    "Le maire a partagé sur Facebook une vidéo de l'inondation, vue plus de deux millions de fois.",
    'El alcalde compartió en Facebook un vídeo de la inundación que ya suma dos millones de visitas.',
    'Seguici su questa strada, disse il sindaco ai cittadini, e la città tornerà a crescere come prima.',
    'Volg ons op de voet, zei de trainer, want dit seizoen willen we eindelijk weer kampioen worden.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
