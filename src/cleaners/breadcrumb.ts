import { definePhraseCleaner, quote } from './phrase-cleaner.js'

/** First crumbs of a breadcrumb trail ("Home"), in the bundled languages and more. */
const ROOT = '(?:home|homepage|home page|start|startseite|hauptseite|inicio|portada|página principal|página inicial|início|inicial|accueil|inizio|pagina iniziale|pagina principale|startpagina|hoofdpagina|beginpagina|главная|головна|首页|首頁|ホーム|トップ|홈|ana sayfa|hem|startsida|forside|etusivu|strona główna|úvod|domů|trang chủ|beranda|ראשי|الرئيسية|صفحه اصلی|मुखपृष्ठ|होम)'

/** "Home > News > Politics", "Home / World", "Home » Politics » Story". Each crumb is short. */
const SEPARATED = new RegExp(`^${ROOT}\\s*(?:[>»›/|→•·]|::)\\s*[^\\n]{1,120}$`, 'iu')
const CRUMB_SEPARATORS = /\s*(?:[>»›/|→•·]|::)\s*/u
/** Words of a crumb at most … */
const CRUMB_WORDS = 6
/** … and of the last one of a trail of three or more, in title case (the page's headline). */
const LAST_CRUMB_WORDS = 15

/** A glued breadcrumb: the scraper dropped the separators between links ("HomePolitics", "HomeNewsWorld"). */
const GLUED_ROOT = '(?:Home|Homepage|Start|Startseite|Inicio|Portada|Accueil|Início|Inicial|Inizio|Startpagina|Hoofdpagina)'
const GLUED = new RegExp(`^${GLUED_ROOT}(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\s?&\\s?\\p{Lu}[\\p{Ll}\\p{M}]+)?){1,4}$`, 'u')

/** Breadcrumb trails. */
export const breadcrumb = definePhraseCleaner({
  id: 'breadcrumb',
  what: 'breadcrumb',
  description: 'Breadcrumb trails: "Home > News > Politics", "Home / World", glued "HomePolitics", "You are here: …"',
  maxWords: 20,
  examples: [
    { input: 'HomePolitics\nStory.', output: 'Story.\n' },
    { input: 'Home > News > Politics\nStory.', output: 'Story.\n' },
    { input: 'Home > Blog > AI in Education: The Rise of Intelligent Tutoring Systems\nStory.', output: 'Story.\n', note: 'the last crumb is the headline' },
    { input: 'Home / The Office Workers Who Never Went Back to the City After the Pandemic\nStory.', output: 'Home / The Office Workers Who Never Went Back to the City After the Pandemic\n\nStory.\n', note: 'two crumbs: each is short' },
    { input: 'Start > Settings > Apps and then find the program you want to remove\nStory.', output: 'Start > Settings > Apps and then find the program you want to remove\n\nStory.\n', note: 'a long last crumb in sentence case is an instruction' },
    { input: 'Inicio / Internacional / México\nStory.', output: 'Story.\n' },
    { input: 'Home prices rose 4% in May, the agency said.', output: 'Home prices rose 4% in May, the agency said.\n', note: 'prose that starts with "Home" stays' },
    { input: 'Accueil » Actualités » Politique\nStory.', output: 'Story.\n', note: 'French' },
    { input: 'Sie sind hier: Startseite > Politik\nStory.', output: 'Story.\n', note: 'German' },
  ],
  pure: true,
  shape({ text }) {
    if (text.length > 160) return null
    if (GLUED.test(text)) return `breadcrumb ${quote(text)}`
    if (SEPARATED.test(text)) {
      const crumbs = text.split(CRUMB_SEPARATORS)
      // each crumb is short, but the last of three or more may be the page's own headline
      // ("Home > Blog > AI in Education: The Rise of Intelligent Tutoring Systems")
      // (in title case: "Apps and then find the program you want to remove" is an instruction)
      const words = (c: string): number => c.split(/\s+/).length
      const titled = (c: string): boolean => c.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length * 2 >= words(c)
      const fits = (c: string, k: number): boolean => words(c) <= CRUMB_WORDS ||
        (k === crumbs.length - 1 && crumbs.length >= 3 && words(c) <= LAST_CRUMB_WORDS && titled(c))
      if (crumbs.length >= 2 && crumbs.every(fits) && !/[.!?]$/.test(text)) {
        return `breadcrumb ${quote(text)}`
      }
    }
    return null
  },
})
