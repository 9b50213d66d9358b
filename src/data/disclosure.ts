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
 * 3. a set phrase of an affiliate programme's notice (`idioms`: "As an Amazon Associate I earn
 *    from qualifying purchases").
 *
 * Lower case, whole words; a final `*` matches any ending ("commission*" → "commissions"). Users
 * add their own with the cleaner's `words` option.
 */
export interface DisclosureData {
  /** The site speaking of itself. */
  self: readonly string[]
  /** The reader addressed, or the page's own links: a disclosure tells the reader what their click does ("you", "vous", "du", "links on this page"). */
  reader: readonly string[]
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
  /** The page or the site holding them, subject and verb ("this post contains", "we use"). */
  holds: readonly string[]
  /** Set phrases of affiliate programmes, whole ("as an amazon associate"). */
  idioms: readonly string[]
}

export const DISCLOSURE: Readonly<Record<string, DisclosureData>> = {
  en: {
    self: ['we', 'us', 'our', 'i', 'me', 'my', 'this post', 'this article', 'this page', 'this site', 'this website', 'this blog', 'this story', 'this guide', 'this review', 'this content', 'this video', 'this podcast'],
    reader: ['you', 'your', 'readers', 'our links', 'these links', 'links on this page', 'links on our site', 'links in this', 'links in our', 'through links', 'via links'],
    earners: ['we', 'i', 'may', 'might', 'could', 'will', 'can', 'also', 'sometimes', 'do', 'does'],
    earn: ['earn', 'earns', 'receive', 'receives', 'get', 'gets', 'make', 'makes', 'collect', 'collects'],
    fees: ['commission', 'commissions', 'compensation', 'compensated', 'kickback', 'referral fee*', 'affiliate fee*', 'small fee'],
    buying: ['link*', 'purchas*', 'buy', 'buys', 'buying', 'bought', 'click*', 'shop', 'shopping', 'sign up', 'subscribe'],
    links: ['affiliate link*', 'affiliate-link*', 'affiliate marketing link*', 'commissionable link*'],
    holds: [
      'this post contains', 'this post may contain', 'this post might contain', 'this article contains', 'this article may contain',
      'this page contains', 'this page may contain', 'this site contains', 'this site may contain', 'this site uses', 'this website uses',
      'this website contains', 'this website may contain', 'this blog uses', 'this blog contains', 'this blog may contain',
      'this podcast may contain', 'this video may contain', 'this review contains', 'this guide contains', 'this story contains',
      'some posts may contain', 'some of our posts contain', 'some of my posts contain', 'our posts may contain', 'posts may contain',
      'we use', 'we may use', 'we also use', 'we also may use', 'we sometimes use', 'i use', 'i may use', 'i also use',
      'are affiliate links', 'is an affiliate link', 'affiliate links are used', 'contains commissionable links',
    ],
    idioms: ['earn from qualifying purchases', 'earns from qualifying purchases', 'amazon services llc associates program'],
  },
  de: {
    self: ['wir', 'uns', 'unser*', 'ich', 'mir', 'mein*', 'dieser artikel', 'dieser beitrag', 'diese seite', 'dieser seite'],
    reader: ['dich', 'dir', 'euch', 'diese links', 'unsere links', 'darüber kaufst', 'darüber kauft'],
    earners: ['wir', 'ich', 'uns', 'mir'],
    earn: ['erhalten', 'erhalte', 'bekommen', 'bekomme', 'verdienen', 'verdiene'],
    fees: ['provision', 'provisionen', 'kleine beteiligung'],
    buying: ['kauf', 'kaufen', 'kaufst', 'kauft', 'einkauf', 'klick*', 'bestell*', 'link', 'links'],
    links: ['affiliate-link*', 'affiliate link*', 'affiliatelink*', 'werbelink*', 'partnerlink*', 'provisionslink*'],
    holds: ['dieser beitrag enthält', 'dieser artikel enthält', 'diese seite enthält', 'wir verwenden', 'wir nutzen', 'ich verwende', 'ich nutze'],
    idioms: ['an qualifizierten verkäufen', 'an qualifizierten käufen'],
  },
  fr: {
    self: ['nous', 'notre', 'nos', 'je', 'mon', 'ma', 'mes', 'cet article', 'cette page', 'ce site'],
    reader: ['vous', 'votre', 'vos', 'ces liens', 'nos liens'],
    earners: ['nous', 'je', 'pouvons', 'pourrions', 'peut'],
    earn: ['percevons', 'percevoir', 'perçois', 'recevons', 'recevoir', 'reçois', 'touchons', 'toucher', 'touche', 'gagnons', 'gagner'],
    fees: ['commission', 'commissions', 'rémunération'],
    buying: ['lien*', 'achat*', 'achet*', 'clic*', 'cliqu*'],
    links: ['liens affiliés', 'lien affilié', "liens d'affiliation", 'liens d’affiliation', "lien d'affiliation", 'lien d’affiliation'],
    holds: ['cet article contient', 'cette page contient', 'ce site contient', 'ce site utilise', 'nous utilisons', "j'utilise", 'j’utilise'],
    idioms: ['achats remplissant les conditions requises'],
  },
  es: {
    self: ['nosotros', 'nuestro*', 'nuestra*', 'yo', 'mi', 'mis', 'este artículo', 'esta página', 'este sitio', 'este post', 'esta web', 'podemos', 'puedo'],
    reader: ['tú', 'usted', 'si compras', 'haces clic', 'estos enlaces', 'nuestros enlaces'],
    earners: ['podemos', 'puedo', 'podríamos', 'nosotros', 'yo'],
    earn: ['recibir', 'recibimos', 'recibo', 'ganar', 'ganamos', 'gano', 'obtener', 'obtenemos', 'cobrar', 'cobramos'],
    fees: ['comisión', 'comisiones'],
    buying: ['enlace*', 'link*', 'compra*', 'comprar', 'clic'],
    links: ['enlaces de afiliado*', 'enlace de afiliado*', 'enlaces afiliados', 'links de afiliado*'],
    holds: ['este artículo contiene', 'esta página contiene', 'este sitio contiene', 'este post contiene', 'utilizamos', 'usamos'],
    idioms: ['compras adscritas', 'cumplen los requisitos aplicables'],
  },
  it: {
    self: ['noi', 'nostro', 'nostra', 'nostri', 'nostre', 'io', 'mio', 'mia', 'questo articolo', 'questa pagina', 'questo sito', 'questo post'],
    reader: ['voi', 'tuoi', 'vostri', 'questi link', 'nostri link'],
    earners: ['potremmo', 'possiamo', 'posso', 'noi', 'io'],
    earn: ['ricevere', 'riceviamo', 'ricevo', 'guadagnare', 'guadagniamo', 'guadagno', 'percepire', 'percepiamo'],
    fees: ['commissione', 'commissioni'],
    buying: ['link', 'collegament*', 'acquist*', 'clic*'],
    links: ['link di affiliazione', 'link affiliat*'],
    holds: ['questo articolo contiene', 'questa pagina contiene', 'questo sito contiene', 'questo post contiene', 'utilizziamo', 'usiamo'],
    idioms: ['acquisti idonei'],
  },
  nl: {
    self: ['wij', 'we', 'ons', 'onze', 'ik', 'mijn', 'dit artikel', 'deze pagina', 'deze site', 'deze website', 'deze blog'],
    reader: ['jij', 'jouw', 'deze links', 'onze links'],
    earners: ['wij', 'we', 'ik', 'kunnen', 'kan'],
    earn: ['ontvangen', 'ontvang', 'verdienen', 'verdien', 'krijgen', 'krijg'],
    fees: ['commissie', 'commissies', 'provisie'],
    buying: ['link*', 'aankoop*', 'koop*', 'klik*', 'bestel*'],
    links: ['affiliate link*', 'affiliate-link*', 'affiliatelink*', 'partnerlink*'],
    holds: ['dit artikel bevat', 'deze pagina bevat', 'deze site bevat', 'deze website bevat', 'deze blog bevat', 'wij gebruiken', 'we gebruiken', 'ik gebruik'],
    idioms: ['in aanmerking komende aankopen'],
  },
  pt: {
    self: ['nós', 'nosso*', 'nossa*', 'eu', 'meu', 'minha', 'este artigo', 'esta página', 'este site', 'este post', 'podemos', 'posso'],
    reader: ['você', 'vocês', 'estes links', 'nossos links'],
    earners: ['podemos', 'posso', 'poderemos', 'nós', 'eu'],
    earn: ['receber', 'recebemos', 'recebo', 'ganhar', 'ganhamos', 'ganho', 'obter'],
    fees: ['comissão', 'comissões'],
    buying: ['link*', 'compra*', 'comprar', 'clic*', 'clique*'],
    links: ['links de afiliado*', 'link de afiliado*', 'links afiliados'],
    holds: ['este artigo contém', 'esta página contém', 'este site contém', 'este post contém', 'usamos', 'utilizamos'],
    idioms: ['compras qualificadas'],
  },
}
