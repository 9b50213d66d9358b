import type { PhraseTable } from './types.js'

/**
 * Dutch page furniture: the nl_NL strings of WordPress core and its default themes, Jetpack,
 * cookie banners, and the labels of Dutch and Flemish news sites ("Lees ook", "Advertentie",
 * "Leestijd").
 */
export const nl: PhraseTable = {
  'comment-form': {
    lines: [
      'reacties', 'reactie', '# reacties', '# reactie', 'reacties (#)', 'geef een reactie', 'laat een reactie achter',
      'plaats een reactie', 'geef een reactie reactie annuleren', 'reageer', 'reageren', 'reactie annuleren', 'reactie plaatsen',
      'plaats reactie', 'verstuur reactie', 'schrijf een reactie', 'naam', 'e-mailadres', 'geen reacties', 'nog geen reacties',
      'wees de eerste om te reageren', 'reacties zijn gesloten', 'reageren is niet meer mogelijk', 'toon reacties', 'bekijk reacties',
      'log in om te reageren', 'nieuwste', 'oudste', 'sorteer op', 'een reactie op *', '# reacties op *', '# gedachten over *',
      'jouw reactie', 'je reactie', 'uw reactie', 'je naam', 'uw naam',
    ],
    sentences: [
      'je e-mailadres wordt niet gepubliceerd', 'uw e-mailadres wordt niet gepubliceerd', 'het e-mailadres wordt niet gepubliceerd',
      'je e-mailadres zal niet getoond worden', 'uw e-mailadres zal niet getoond worden', 'vereiste velden zijn gemarkeerd met',
      'verplichte velden zijn gemarkeerd met', 'mijn naam, e-mail en site opslaan in deze browser',
      'mijn naam, e-mailadres en website opslaan in deze browser', 'deze site gebruikt akismet om spam te verminderen',
      'deze site gebruikt akismet om spam te bestrijden', 'stuur mij een e-mail als er vervolgreacties zijn',
      'stuur mij een e-mail wanneer er nieuwe berichten zijn', 'je moet ingelogd zijn om een reactie te plaatsen',
      'u moet ingelogd zijn om een reactie te plaatsen',
    ],
  },
  'cross-link': {
    starts: [
      'lees ook', 'lees meer', 'lees verder', 'verder lezen', 'bekijk ook', 'zie ook', 'gerelateerd', 'gerelateerde artikelen',
      'gerelateerde berichten', 'gerelateerde nieuwsberichten', 'meer over', 'meer nieuws', 'meest gelezen', 'populair',
      'populaire berichten', 'populaire artikelen', 'aanbevolen', 'dit vind je misschien ook leuk', 'misschien ook interessant',
      'ook interessant', 'interessant voor jou', 'volgend artikel', 'vorig artikel', 'volgend bericht', 'vorig bericht',
      'recente berichten', 'laatste nieuws', 'meer lezen', 'lees het hele artikel', 'ook leuk', 'ook lezen', 'meer artikelen',
    ],
  },
  'newsletter-plug': {
    lines: ['nieuwsbrief', 'inschrijven', 'aanmelden nieuwsbrief', 'abonneren', 'schrijf je in', 'meld je aan', 'inschrijven nieuwsbrief'],
    starts: [
      'blijf op de hoogte', 'blijf altijd op de hoogte', 'mis niets', 'mis geen enkel', 'vul je e-mailadres in', 'vul uw e-mailadres in',
      'uw e-mailadres', 'je e-mailadres', 'in je mailbox', 'in uw mailbox', 'in je inbox',
    ],
    sentences: [
      'schrijf je in voor onze nieuwsbrief', 'meld je aan voor onze nieuwsbrief', 'meld je aan voor de nieuwsbrief',
      'schrijf u in voor onze nieuwsbrief', 'meld u aan voor onze nieuwsbrief', 'abonneer je op onze nieuwsbrief',
      'abonneer u op onze nieuwsbrief', 'ontvang onze nieuwsbrief', 'ontvang de nieuwsbrief', 'bedankt voor je inschrijving',
      'bedankt voor uw inschrijving', 'bedankt voor je aanmelding', 'door je in te schrijven ga je akkoord',
    ],
  },
  'donation-plug': {
    lines: ['doneer', 'doneren', 'doneer nu', 'steun ons', 'word lid', 'word donateur', 'word vriend', 'steun ons nu'],
    starts: ['doneer nu', 'word donateur', 'word lid en', 'steun ons', 'met jouw donatie', 'met uw donatie', 'met jouw steun'],
    sentences: [
      'steun onafhankelijke journalistiek', 'steun onze journalistiek', 'steun ons werk', 'als je dit artikel waardevol vindt',
      'vond je dit artikel waardevol', 'we hebben jouw steun nodig', 'we hebben uw steun nodig',
    ],
  },
  'social-plug': {
    lines: [
      'delen', 'delen:', 'deel dit artikel', 'deel dit bericht', 'deel dit', 'delen op facebook', 'deel op facebook',
      'delen op twitter', 'deel op twitter', 'delen op x', 'delen op linkedin', 'delen via whatsapp', 'deel via whatsapp',
      'delen via e-mail', 'afdrukken', 'printen', 'kopieer link', 'link kopiëren', 'link gekopieerd', 'volg ons', 'vind ik leuk',
      'vind ik leuk:', 'laden...', 'laden…', 'bezig met laden...', 'bezig met laden…', 'dit delen:', 'vind ik leuk laden...',
    ],
    starts: [
      'volg ons op', 'volg ons via', 'klik om te delen op', 'klik om te delen via', 'klik om dit te delen', 'klik om te e-mailen',
      'klik om af te drukken', 'opent in een nieuw venster', 'wordt geopend in een nieuw venster', 'dit delen:', 'deel op',
      'delen op',
    ],
    sentences: ['volg ons op facebook', 'volg ons op instagram', 'volg ons op twitter', 'volg ons op social media'],
  },
  'image-caption': {
    lines: ['foto', 'foto\'s', 'afbeelding', 'beeld', 'archiefbeeld', 'archieffoto', 'vergroot afbeelding', 'fotogalerij', 'bekijk de foto\'s'],
    starts: [
      'foto:', 'foto\'s:', 'beeld:', 'afbeelding:', 'fotografie:', 'foto door', 'bron afbeelding', 'bron foto', 'illustratie:',
      '(foto:', 'beeld ©', 'foto ©', 'archiefbeeld:', 'archieffoto:', 'beeldbron:',
    ],
  },
  'breadcrumb': {
    starts: ['u bent hier:', 'je bent hier:', 'u bevindt zich hier:'],
  },
  'theme-placeholder': {
    lines: [
      'hallo wereld!', 'hallo wereld', 'voorbeeldpagina', 'geen categorie', 'ongecategoriseerd', 'zomaar een andere wordpress website',
      'zomaar een wordpress site', 'trots aangedreven door wordpress', 'mogelijk gemaakt door wordpress', 'thema door *', 'thema: *',
    ],
    sentences: ['welkom bij wordpress. dit is je eerste bericht', 'welkom op wordpress. dit is je eerste bericht'],
  },
  'source-credit': {
    starts: ['oorspronkelijk gepubliceerd', 'origineel artikel:', 'lees het originele artikel', 'via:'],
    sentences: [
      'dit artikel verscheen eerder', 'dit artikel verscheen oorspronkelijk', 'dit artikel verscheen eerst',
      'dit artikel is eerder gepubliceerd', 'dit artikel werd eerder gepubliceerd', 'dit stuk verscheen eerder',
    ],
  },
  'legal': {
    lines: [
      'alle rechten voorbehouden', 'privacybeleid', 'privacyverklaring', 'privacy statement', 'cookiebeleid', 'cookieverklaring',
      'cookie-instellingen', 'cookie instellingen', 'algemene voorwaarden', 'gebruiksvoorwaarden', 'accepteren', 'weigeren',
      'alles accepteren', 'alle cookies accepteren', 'alles weigeren', 'cookies accepteren', 'toegankelijkheid', 'over ons',
      'colofon', 'voorkeuren opslaan', 'instellingen opslaan', 'toestemming beheren',
    ],
    starts: ['privacyverklaring |', '© #', 'copyright ©', '# ©', '# * alle rechten voorbehouden'],
    sentences: [
      'alle rechten voorbehouden', 'wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies',
      'deze site gebruikt cookies', 'deze website maakt gebruik van cookies', 'door verder te gaan op deze website',
      'door gebruik te maken van deze website', 'niets uit deze uitgave mag worden',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'was dit artikel nuttig?', 'was deze pagina nuttig?', 'was dit artikel behulpzaam?',
      'was deze informatie nuttig?', 'bedankt voor je feedback!', 'janee',
      // star-rating widget under a post
      'klik op een ster om te beoordelen!', 'beoordeel dit artikel', 'beoordeling versturen',
      // call-to-action buttons
      'vraag een demo aan', 'plan een demo', 'probeer gratis', 'gratis proberen',
      // labels, skip links and account furniture
      'advertentie', 'advertenties', 'gesponsord', 'gesponsorde inhoud', 'spring naar inhoud', 'ga naar inhoud',
      'naar de inhoud springen', 'naar hoofdinhoud', 'zoeken', 'sluiten', 'terug naar boven', 'naar boven', 'inloggen',
      'registreren', 'uitloggen', 'mijn account', 'lees voor', 'beluister dit artikel', 'luister naar dit artikel', 'al abonnee?',
      'ben je al abonnee?', 'bent u al abonnee?', 'lees verder na de advertentie', 'het artikel gaat verder onder de advertentie',
      'fout gezien?', 'fout melden', 'zoeken naar:', 'menu openen', 'menu sluiten', 'alleen voor abonnees', 'plus-artikel',
    ],
    starts: ['al abonnee?', 'ben je al abonnee?', 'om verder te lezen'],
    sentences: [
      'gemiddelde waardering # / #. aantal stemmen',
      'dit artikel is alleen voor abonnees', 'dit artikel is exclusief voor abonnees', 'word abonnee en lees verder',
      'neem een abonnement en lees verder', 'je hebt het maximale aantal gratis artikelen',
    ],
  },
  'counter': {
    lines: [
      '# reacties', '# reactie', '# keer bekeken', '# weergaven', '# keer gedeeld', '# likes', '# min leestijd',
      '# minuten leestijd', 'leestijd: # minuten', 'leestijd: # min', 'leestijd # minuten', 'leestijd # min', 'leestijd # minuut',
      'leestijd: # minuut',
    ],
  },
  'trailing-chrome': {
    lines: [
      'reacties', '# reacties', 'reacties (#)', 'geef een reactie', 'laat een reactie achter', 'gerelateerde artikelen',
      'gerelateerde berichten', 'gerelateerd', 'lees ook', 'misschien ook interessant', 'dit vind je misschien ook leuk',
      'over de auteur', 'over de schrijver', 'over de auteurs', 'tags', 'labels', 'categorieën', 'berichtnavigatie',
      'recente berichten', 'meest gelezen', 'meer nieuws', 'meer lezen', 'een reactie op *', '# reacties op *',
      'deel dit artikel', 'meer artikelen',
    ],
    starts: ['tags:', 'labels:', 'categorieën:', 'categorie:', 'geplaatst in:', 'onderwerpen:', 'trefwoorden:'],
  },
  'teaser-list': {
    lines: [
      'gerelateerde artikelen', 'gerelateerde berichten', 'gerelateerd', 'lees ook', 'misschien ook interessant',
      'dit vind je misschien ook leuk', 'recente berichten', 'meer artikelen',
    ],
  },
  'table-of-contents': {
    lines: ['inhoudsopgave', 'inhoud', 'in dit artikel', 'op deze pagina', 'inhoudsopgave verbergen', 'ga direct naar'],
  },
}
