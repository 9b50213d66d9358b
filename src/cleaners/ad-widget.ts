import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** A retailer: capitalised words ("Best Buy", "Lowe's", "1stDibs") or a domain ("example.com"). */
const STORE = "(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’&+.]*|[\\p{Ll}\\d-]+\\.[a-z]{2,})(?: [\\p{Lu}&][\\p{L}\\p{M}\\d'’&+.]*){0,3}"
/** A shop button: "$115 at Example Store", "£20 from Shop", "Buy on Example", "View at Shop", "Check Price - Shop", with a note ("(on sale!)"). */
const SHOP_ITEM = '(?:[$€£] ?\\d[\\d,.]*\\s+(?:at|from|on|AT|FROM|ON)'
  + '|(?:[Bb]uy|BUY|[Vv]iew|VIEW|[Ss]ee|SEE|[Ss]hop|SHOP|[Cc]heck [Pp]rice|CHECK PRICE|[Ss]ee [Pp]rice|SEE PRICE|[Gg]et [Ii]t|GET IT)'
  + '(?:\\s+(?:[Ii]t|IT|[Nn]ow|NOW))?(?:\\s+(?:on|at|from|ON|AT|FROM)|\\s+[-–]))'
  + `\\s+${STORE}(?:\\s*\\([^()]{1,40}\\))?`
/**
 * A line of shop buttons and nothing else, glued or apart: "$115 at Example Store$120 at Shop",
 * "Buy on Example | Buy on Shop". Case-sensitive, so that the retailer is a name.
 */
const SHOP_ROW = new RegExp(`^\\s*${SHOP_ITEM}(?:\\s*[|·•]?\\s*${SHOP_ITEM})*\\s*$`, 'u')

/** Ads, paywall and widget text. */
export const adWidget = definePhraseCleaner({
  id: 'ad-widget',
  what: 'advertising or widget text',
  rows: true,
  description: 'Ad, paywall and widget text: "Advertisement", "Story continues below", "Skip to content", "Already a subscriber? Log in"',
  maxWords: 30,
  pure: true,
  shape: ({ text }) => (text.length <= 160 && SHOP_ROW.test(text) ? `shop button ${quote(text)}` : null),
  examples: [
    { input: 'Story.\nAdvertisement\nMore story.', output: 'Story.\n\nMore story.\n' },
    { input: 'Skip to content\nStory.\nSubscribe to continue reading\nAlready a subscriber? Log in', output: 'Story.\n' },
    { input: 'The advertisement ran in four newspapers before the election.', output: 'The advertisement ran in four newspapers before the election.\n', note: 'prose about ads stays' },
    { input: 'Texte.\nPublicité\nLa suite après cette publicité\nSuite.', output: 'Texte.\n\nSuite.\n', note: 'French' },
    { input: 'Die Anzeige erschien vor der Wahl in vier Zeitungen.', output: 'Die Anzeige erschien vor der Wahl in vier Zeitungen.\n', note: 'German prose about an ad stays' },
    { input: 'Story.\nLearn more →\nBook a demo\nMore story.', output: 'Story.\n\nMore story.\n', note: 'call-to-action buttons' },
    { input: 'Die Brücke bleibt bis Mai gesperrt.\nJetzt kaufen\nKostenlos testen\nDie Fähre fährt stündlich.', output: 'Die Brücke bleibt bis Mai gesperrt.\n\nDie Fähre fährt stündlich.\n', note: 'German call-to-action buttons' },
    { input: 'Story.\nWas this article helpful?\nYesNo', output: 'Story.\n', note: 'a reader-feedback widget' },
    { input: 'Texto.\n¿Te resultó útil este artículo?', output: 'Texto.\n', note: 'Spanish feedback widget' },
    { input: 'Text.\n$115 at Example Store$120 at Shop\nBuy on Example | View at Shop', output: 'Text.\n', note: 'shop buttons of a review page, glued or apart' },
    { input: 'You can learn more about the bridge at the town library.', output: 'You can learn more about the bridge at the town library.\n', note: 'a sentence with the words stays' },
  ],
})
