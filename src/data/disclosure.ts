/**
 * Words of affiliate disclosures, per language, for the `affiliate-disclosure` cleaner. A
 * sentence is a disclosure in one of three shapes, each naming the site itself (`self`: "we",
 * "our", "I", "this post"), which tells a disclosure from an article about affiliate marketing
 * ("add affiliate links to your product pages") or about fees ("agents get a commission"):
 *
 * 1. the site earns a fee when the reader buys: an `earners` word right before an `earn` verb
 *    ("we may earn", "I receive", "may earn us"), a `fees` word, and a `buying` word ("We may earn
 *    a commission when you buy through our links");
 * 2. the page holds affiliate links: a `links` phrase and a `holds` verb ("This post contains
 *    affiliate links", "We use affiliate links");
 * 3. a set phrase of an affiliate programme (`idioms`: "As an Amazon Associate I earn from
 *    qualifying purchases").
 *
 * Lower case, whole words; a final `*` matches any ending ("commission*" → "commissions"). Users
 * add their own with the cleaner's `words` option.
 */
export interface DisclosureData {
  /** The site speaking of itself. */
  self: readonly string[]
  /** Who earns, right before the verb ("we", "I", "may": "we may earn", "may earn"). */
  earners: readonly string[]
  /** Earning verbs. */
  earn: readonly string[]
  /** What is earned. */
  fees: readonly string[]
  /** How the reader pays for it. */
  buying: readonly string[]
  /** Affiliate links, named. */
  links: readonly string[]
  /** Verbs of a page holding links ("contains", "uses", "may contain"). */
  holds: readonly string[]
  /** Set phrases of affiliate programmes. */
  idioms: readonly string[]
}

export const DISCLOSURE: Readonly<Record<string, DisclosureData>> = {
  en: {
    self: ['we', 'us', 'our', 'i', 'me', 'my', 'some posts', 'this post', 'this article', 'this page', 'this site', 'this website', 'this blog', 'this story', 'this guide', 'this review', 'this content', 'this video'],
    earners: ['we', 'i', 'may', 'might', 'could', 'will', 'can', 'also', 'sometimes', 'do', 'does'],
    earn: ['earn', 'earns', 'receive', 'receives', 'get', 'gets', 'make', 'makes', 'collect', 'collects'],
    fees: ['commission', 'commissions', 'compensation', 'compensated', 'kickback', 'referral fee*', 'affiliate fee*', 'small fee', 'share of'],
    buying: ['link*', 'purchas*', 'buy', 'buys', 'buying', 'bought', 'click*', 'shop', 'shopping', 'order*', 'sign up', 'subscribe'],
    links: ['affiliate link*', 'affiliate-link*', 'affiliate marketing link*', 'commissionable link*', 'referral link*', 'paid link*', 'partner link*'],
    holds: ['contain*', 'use', 'uses', 'used', 'using', 'include*', 'feature*', 'may'],
    idioms: ['amazon associate*', 'qualifying purchases', 'amazon services llc associates program'],
  },
  de: {
    self: ['wir', 'uns', 'unser*', 'ich', 'mir', 'mein*', 'dieser artikel', 'dieser beitrag', 'diese seite', 'dieser seite'],
    earners: ['wir', 'ich', 'uns', 'mir'],
    earn: ['erhalten', 'erhalte', 'bekommen', 'bekomme', 'verdienen', 'verdiene'],
    fees: ['provision*', 'vergütung*', 'kleine beteiligung'],
    buying: ['link*', 'kauf*', 'kaufen', 'kaufst', 'klick*', 'bestell*'],
    links: ['affiliate-link*', 'affiliate link*', 'affiliatelink*', 'werbelink*', 'partnerlink*', 'provisionslink*'],
    holds: ['enthält', 'enthalten', 'verwenden', 'verwende', 'nutzen', 'nutze', 'sind', 'mit'],
    idioms: ['amazon-partner', 'amazon partner'],
  },
  fr: {
    self: ['nous', 'notre', 'nos', 'je', 'mon', 'ma', 'mes', 'cet article', 'cette page', 'ce site'],
    earners: ['nous', 'je', 'pouvons', 'pourrions', 'peut'],
    earn: ['percevons', 'percevoir', 'perçois', 'recevons', 'recevoir', 'reçois', 'touchons', 'toucher', 'touche', 'gagnons', 'gagner'],
    fees: ['commission*', 'rémunération*'],
    buying: ['lien*', 'achat*', 'achet*', 'clic*', 'cliqu*', 'commande*'],
    links: ['liens affiliés', 'lien affilié', "liens d'affiliation", 'liens d’affiliation', "lien d'affiliation", 'lien d’affiliation', 'liens sponsorisés'],
    holds: ['contient', 'contenir', 'utilise', 'utilisons', 'comporte', 'inclut', 'peut'],
    idioms: ['partenaire amazon'],
  },
  es: {
    self: ['nosotros', 'nuestro*', 'nuestra*', 'yo', 'mi', 'mis', 'este artículo', 'esta página', 'este sitio', 'este post', 'esta web', 'podemos', 'puedo'],
    earners: ['podemos', 'puedo', 'podríamos', 'nosotros', 'yo'],
    earn: ['recibir', 'recibimos', 'recibo', 'ganar', 'ganamos', 'gano', 'obtener', 'obtenemos', 'cobrar', 'cobramos'],
    fees: ['comisión', 'comisiones', 'compensación'],
    buying: ['enlace*', 'link*', 'compra*', 'comprar', 'clic'],
    links: ['enlaces de afiliado*', 'enlace de afiliado*', 'enlaces afiliados', 'links de afiliado*', 'enlaces patrocinados'],
    holds: ['contiene', 'contener', 'incluye', 'utilizamos', 'usamos', 'puede'],
    idioms: ['asociado de amazon', 'afiliado de amazon', 'compras elegibles', 'compras que cumplen los requisitos'],
  },
  it: {
    self: ['noi', 'nostro', 'nostra', 'nostri', 'nostre', 'io', 'mio', 'mia', 'questo articolo', 'questa pagina', 'questo sito', 'questo post'],
    earners: ['potremmo', 'possiamo', 'posso', 'noi', 'io'],
    earn: ['ricevere', 'riceviamo', 'ricevo', 'guadagnare', 'guadagniamo', 'guadagno', 'percepire', 'percepiamo'],
    fees: ['commissione', 'commissioni', 'compenso'],
    buying: ['link', 'collegament*', 'acquist*', 'clic*'],
    links: ['link di affiliazione', 'link affiliat*', 'link sponsorizzat*'],
    holds: ['contiene', 'contenere', 'include', 'utilizziamo', 'usiamo', 'può'],
    idioms: ['affiliato amazon', 'acquisti idonei', 'associato amazon'],
  },
  nl: {
    self: ['wij', 'we', 'ons', 'onze', 'ik', 'mijn', 'dit artikel', 'deze pagina', 'deze site', 'deze website', 'deze blog'],
    earners: ['wij', 'we', 'ik', 'kunnen', 'kan'],
    earn: ['ontvangen', 'ontvang', 'verdienen', 'verdien', 'krijgen', 'krijg'],
    fees: ['commissie*', 'vergoeding*', 'provisie*'],
    buying: ['link*', 'aankoop*', 'koop*', 'klik*', 'bestel*'],
    links: ['affiliate link*', 'affiliate-link*', 'affiliatelink*', 'partnerlink*'],
    holds: ['bevat', 'bevatten', 'gebruik', 'gebruiken', 'kan'],
    idioms: ['amazon-partner', 'amazon partner'],
  },
  pt: {
    self: ['nós', 'nosso*', 'nossa*', 'eu', 'meu', 'minha', 'este artigo', 'esta página', 'este site', 'este post', 'podemos', 'posso'],
    earners: ['podemos', 'posso', 'poderemos', 'nós', 'eu'],
    earn: ['receber', 'recebemos', 'recebo', 'ganhar', 'ganhamos', 'ganho', 'obter'],
    fees: ['comissão', 'comissões', 'compensação'],
    buying: ['link*', 'compra*', 'comprar', 'clic*', 'clique*'],
    links: ['links de afiliado*', 'link de afiliado*', 'links afiliados', 'links patrocinados'],
    holds: ['contém', 'conter', 'inclui', 'usamos', 'utilizamos', 'pode'],
    idioms: ['associado da amazon', 'associado amazon', 'compras qualificadas'],
  },
}
