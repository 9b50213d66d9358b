import type { PhraseTable } from './types.js'

/**
 * German page furniture: the de_DE strings of WordPress core and its default themes (informal
 * "du" and formal "Sie" forms), Jetpack, cookie banners under the GDPR/TTDSG, and the labels of
 * German news sites ("Mehr zum Thema", "Anzeige", "Lesezeit").
 */
export const de: PhraseTable = {
  'comment-form': {
    lines: [
      'kommentare', 'kommentar', '# kommentare', '# kommentar', 'kommentare (#)', 'keine kommentare', 'noch keine kommentare',
      'schreibe einen kommentar', 'schreiben sie einen kommentar', 'hinterlasse einen kommentar', 'hinterlassen sie einen kommentar',
      'kommentar schreiben', 'kommentar verfassen', 'kommentar hinterlassen', 'kommentar abschicken', 'kommentar absenden',
      'kommentar senden', 'antworten', 'antworten abbrechen', 'antwort abbrechen', 'schreibe einen kommentar antworten abbrechen',
      'e-mail', 'e-mail-adresse', 'webseite', 'kommentare anzeigen', 'kommentare laden', 'kommentare einblenden',
      'kommentare sind geschlossen', 'die kommentarfunktion ist geschlossen', 'die kommentarfunktion ist deaktiviert',
      'sei der erste, der kommentiert', 'diskutieren sie mit', 'diskutiere mit', 'zum kommentieren anmelden', 'neueste', 'älteste',
      'beliebteste', 'sortieren nach', 'ein gedanke zu *', '# gedanken zu *', 'eine antwort', '# antworten', 'dein kommentar',
      'ihr kommentar',
    ],
    starts: ['melden sie sich an, um zu kommentieren', 'melde dich an, um zu kommentieren'],
    sentences: [
      'deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht',
      'deine e-mail adresse wird nicht veröffentlicht', 'ihre e-mail adresse wird nicht veröffentlicht',
      'erforderliche felder sind mit * markiert', 'pflichtfelder sind mit * markiert',
      'meinen namen, meine e-mail-adresse und meine website in diesem browser', 'meinen namen, e-mail und website in diesem browser',
      'diese website verwendet akismet, um spam zu reduzieren', 'diese seite verwendet akismet, um spam zu reduzieren',
      'benachrichtige mich über nachfolgende kommentare', 'benachrichtige mich über neue beiträge',
      'du musst angemeldet sein, um einen kommentar abzugeben', 'sie müssen angemeldet sein, um einen kommentar abzugeben',
      'mit der nutzung dieses formulars erklärst du dich mit der speicherung',
      'mit der nutzung dieses formulars erklären sie sich mit der speicherung',
    ],
  },
  'cross-link': {
    starts: [
      'mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'lies auch', 'lies mehr', 'auch interessant', 'ebenfalls interessant',
      'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'das könnte sie interessieren',
      'ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'verwandte beiträge', 'weitere artikel', 'weitere beiträge',
      'weiterlesen', 'mehr lesen', 'mehr erfahren', 'siehe auch', 'empfohlene artikel', 'meistgelesen', 'meistgelesene artikel',
      'meistgelesene', 'beliebte beiträge', 'beliebte artikel', 'neueste beiträge', 'neueste artikel', 'nächster artikel',
      'vorheriger artikel', 'nächster beitrag', 'vorheriger beitrag', 'zum thema', 'weitere nachrichten', 'mehr nachrichten',
      'empfehlungen der redaktion', 'lesetipp', 'lesetipps', 'unsere empfehlung', 'unsere empfehlungen', 'passend zum thema',
      'mehr aus dem ressort', 'mehr aus der rubrik', 'top-artikel', 'auch lesenswert', 'zum weiterlesen',
    ],
  },
  'newsletter-plug': {
    lines: [
      'newsletter', 'newsletter abonnieren', 'jetzt abonnieren', 'abonnieren', 'newsletter-anmeldung', 'zum newsletter anmelden',
      'jetzt zum newsletter anmelden', 'newsletter bestellen', 'jetzt anmelden', 'kostenlos abonnieren',
    ],
    starts: [
      'bleiben sie informiert', 'bleib informiert', 'bleiben sie auf dem laufenden', 'bleib auf dem laufenden', 'verpassen sie keine',
      'verpasse keine', 'geben sie ihre e-mail-adresse ein', 'gib deine e-mail-adresse ein', 'ihre e-mail-adresse',
      'deine e-mail-adresse', 'newsletter abonnieren', 'direkt in ihr postfach', 'direkt in dein postfach',
    ],
    sentences: [
      'abonnieren sie unseren newsletter', 'abonniere unseren newsletter', 'melden sie sich für unseren newsletter an',
      'melde dich für unseren newsletter an', 'melden sie sich jetzt für unseren', 'melde dich jetzt für unseren',
      'jetzt zum newsletter anmelden', 'zum newsletter anmelden', 'vielen dank für ihre anmeldung', 'danke für deine anmeldung',
      'vielen dank für deine anmeldung', 'mit der anmeldung stimmen sie', 'mit ihrer anmeldung stimmen sie', 'mit der anmeldung * stimmen sie',
      'erhalten sie unseren newsletter', 'hol dir unseren newsletter', 'holen sie sich unseren newsletter',
    ],
  },
  'donation-plug': {
    lines: [
      'spenden', 'jetzt spenden', 'unterstützen sie uns', 'unterstütze uns', 'mitglied werden', 'jetzt mitglied werden',
      'werde mitglied', 'werden sie mitglied', 'jetzt unterstützen', 'spende jetzt', 'spenden sie jetzt',
    ],
    starts: ['jetzt spenden', 'jetzt unterstützen', 'jetzt mitglied werden', 'ihre unterstützung zählt', 'deine unterstützung zählt'],
    sentences: [
      'unterstützen sie unabhängigen journalismus', 'unterstütze unabhängigen journalismus', 'unterstützen sie unseren journalismus',
      'unterstütze unseren journalismus', 'bitte unterstützen sie unsere arbeit', 'bitte unterstütze unsere arbeit',
      'wenn ihnen dieser artikel gefallen hat, unterstützen', 'wenn dir dieser artikel gefallen hat, unterstütze',
      'wir brauchen ihre unterstützung', 'wir brauchen deine unterstützung', 'mit einer spende unterstützen sie',
      'mit deiner spende unterstützt du', 'mit ihrer spende unterstützen sie',
    ],
  },
  'social-plug': {
    lines: [
      'teilen', 'teilen:', 'teilen mit:', 'teile dies:', 'artikel teilen', 'diesen artikel teilen', 'beitrag teilen',
      'teile diesen beitrag', 'teile diesen artikel', 'auf facebook teilen', 'auf twitter teilen', 'auf x teilen',
      'auf linkedin teilen', 'auf whatsapp teilen', 'per e-mail teilen', 'per e-mail versenden', 'per mail versenden', 'drucken',
      'link kopieren', 'link kopiert', 'folgen sie uns', 'folge uns', 'gefällt mir', 'gefällt mir:', 'wird geladen …',
      'wird geladen...', 'gefällt mir wird geladen …', 'gefällt mir wird geladen...', 'lädt …', 'lädt...',
    ],
    starts: [
      'folgen sie uns auf', 'folge uns auf', 'folgen sie uns bei', 'folge uns bei', 'teilen auf', 'teilen mit:',
      'klicken, um auf', 'klick, um auf', 'klicken, um über', 'klick, um über', 'klicke, um', 'wird in neuem fenster geöffnet',
      'öffnet in neuem fenster',
    ],
    sentences: ['folgen sie uns auf facebook', 'folge uns auf instagram', 'folgen sie uns auf instagram', 'folge uns auf facebook'],
  },
  'image-caption': {
    lines: [
      'foto', 'bild', 'fotos', 'bildergalerie', 'bild vergrößern', 'zur galerie', 'zur bildergalerie', 'symbolbild', 'archivbild',
      'archivfoto', 'bildquelle',
    ],
    starts: [
      'foto:', 'fotos:', 'bild:', 'bilder:', 'bildquelle:', 'bildnachweis:', 'bildrechte:', 'foto von', 'symbolbild:',
      'archivbild:', 'archivfoto:', 'titelbild:', 'beitragsbild:', 'titelfoto:', 'grafik:', 'illustration:', 'foto ©', 'bild ©',
      '(foto:', '(bild:', '(symbolbild', 'fotocredit:', 'quelle bild:',
    ],
  },
  'breadcrumb': {
    starts: ['sie sind hier:', 'du bist hier:', 'sie befinden sich hier:'],
  },
  'theme-placeholder': {
    lines: [
      'hallo welt!', 'beispiel-seite', 'beispielseite', 'eine weitere wordpress-website', 'eine weitere wordpress-seite',
      'stolz präsentiert von wordpress', 'theme von *', 'wordpress-theme von *',
    ],
    sentences: ['willkommen bei wordpress. dies ist dein erster beitrag', 'willkommen zur deutschen version von wordpress'],
  },
  'source-credit': {
    starts: [
      'mit material von', 'mit material der', 'mit material des', 'zuerst erschienen auf',
      'zuerst erschienen bei', 'zuerst erschienen in', 'erstveröffentlichung:', 'ursprünglich veröffentlicht', 'originalartikel:',
      'zum originalartikel', 'via:',
    ],
    sentences: [
      'dieser artikel erschien zuerst', 'dieser beitrag erschien zuerst', 'dieser artikel ist zuerst erschienen',
      'dieser beitrag ist zuerst erschienen', 'dieser text erschien zuerst', 'dieser artikel wurde ursprünglich',
    ],
  },
  'legal': {
    lines: [
      'alle rechte vorbehalten', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'impressum', 'agb',
      'nutzungsbedingungen', 'cookie-einstellungen', 'cookie einstellungen', 'cookie-richtlinie', 'cookie-hinweis',
      'alle akzeptieren', 'alle ablehnen', 'akzeptieren', 'ablehnen', 'alle cookies akzeptieren', 'nur notwendige cookies',
      'nur essenzielle cookies akzeptieren', 'cookies verwalten', 'datenschutzeinstellungen', 'privatsphäre-einstellungen',
      'barrierefreiheit', 'erklärung zur barrierefreiheit', 'kontakt', 'mediadaten', 'widerrufsbelehrung', 'rechtliche hinweise',
      'impressum | datenschutz', 'datenschutz | impressum', 'einstellungen speichern', 'auswahl speichern', 'individuelle einstellungen',
    ],
    starts: ['impressum |', 'datenschutz |', '© #', 'copyright ©', '# ©', '# * alle rechte vorbehalten'],
    sentences: [
      'alle rechte vorbehalten', 'wir verwenden cookies', 'wir nutzen cookies', 'diese website verwendet cookies',
      'diese webseite verwendet cookies', 'diese seite verwendet cookies', 'diese website nutzt cookies', 'diese webseite nutzt cookies',
      'durch die weitere nutzung der seite', 'durch die weitere nutzung der webseite', 'durch die weitere nutzung der website',
      'mit der nutzung dieser website', 'wenn sie diese website weiter nutzen',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'war dieser artikel hilfreich?', 'war diese seite hilfreich?', 'war das hilfreich?',
      'war dieser beitrag hilfreich?', 'danke für ihr feedback!', 'janein',
      // star-rating widget under a post
      'wie hilfreich war dieser beitrag?', 'wie hilfreich war dieser artikel?', 'klicke auf die sterne, um zu bewerten!',
      'bewertung abschicken', 'beitrag bewerten', 'artikel bewerten',
      // call-to-action buttons
      'jetzt kaufen', 'jetzt bestellen', 'kostenlos testen', 'demo anfordern', 'demo buchen',
      'kostenlose demo anfordern', 'kostenlose demo buchen', 'jetzt kontakt aufnehmen', 'kostenloses erstgespräch vereinbaren',
      'anzeige', 'werbung', 'reklame', 'gesponsert', 'artikel anhören', 'vorlesen', 'beitrag anhören', 'zum inhalt springen',
      'zum hauptinhalt springen', 'direkt zum inhalt', 'zum inhalt', 'menü', 'suche', 'suchen', 'schließen', 'menü schließen',
      'menü öffnen', 'navigation', 'nach oben', 'zurück nach oben', 'anmelden', 'abmelden', 'einloggen', 'registrieren',
      'mein konto', 'weiter nach der anzeige', 'artikel wird unter der anzeige fortgesetzt', 'weiter nach der werbung',
      'bereits abonnent?', 'schon abonnent?', 'jetzt weiterlesen', 'exklusiv für abonnenten', 'fehler melden', 'suche nach:',
      'suchen nach:', 'navigation überspringen', 'zur navigation springen', 'zur suche springen', 'zur fußzeile springen',
    ],
    starts: ['bereits abonnent?', 'schon abonnent?', 'um weiterzulesen'],
    sentences: [
      'bisher keine bewertungen! sei der erste', 'durchschnittliche bewertung # / #. anzahl bewertungen',
      'dieser artikel ist nur für abonnenten', 'dieser artikel ist exklusiv für abonnenten', 'dieser inhalt ist nur für abonnenten',
      'jetzt abonnieren und weiterlesen', 'lesen sie jetzt weiter mit', 'um diesen artikel zu lesen',
    ],
  },
  'counter': {
    lines: [
      '# kommentare', '# kommentar', '# antworten', '# aufrufe', 'aufrufe: #', '# likes', '# shares', '# min. lesezeit',
      '# min lesezeit', '# minuten lesezeit', 'lesezeit: # minuten', 'lesezeit: # min.', 'lesezeit: # min', 'lesezeit # minuten',
      'lesezeit # min.', 'lesezeit # min', 'lesedauer: # minuten', 'lesedauer: # min.', 'lesedauer: # min', '# min. lesedauer',
      '# minuten lesedauer', '# mal gelesen', '# mal geteilt', '# views', 'geschätzte lesezeit: # minuten',
    ],
  },
  'trailing-chrome': {
    lines: [
      'kommentare', '# kommentare', 'kommentare (#)', 'schreibe einen kommentar', 'hinterlasse einen kommentar',
      'schreiben sie einen kommentar', 'ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'verwandte beiträge',
      'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'mehr zum thema', 'weitere artikel',
      'weitere beiträge', 'über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'schlagwörter', 'schlagworte', 'tags',
      'themen', 'kategorien', 'beitragsnavigation', 'neueste beiträge', 'beliebte beiträge', 'meistgelesen', 'auch interessant',
      'empfohlene artikel', 'weitere nachrichten', 'mehr nachrichten', 'ein gedanke zu *', '# gedanken zu *', 'artikel teilen',
      'teilen mit:', 'mehr aus dem ressort', 'lesen sie auch',
    ],
    starts: ['schlagwörter:', 'schlagworte:', 'themen:', 'kategorien:', 'kategorie:', 'veröffentlicht in:', 'abgelegt unter:'],
  },
  'teaser-list': {
    lines: [
      'ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'verwandte beiträge', 'das könnte sie auch interessieren',
      'das könnte dich auch interessieren', 'mehr zum thema', 'weitere artikel', 'weitere beiträge', 'neueste beiträge',
      'beliebte beiträge', 'empfohlene artikel', 'lesen sie auch', 'auch interessant',
    ],
  },
  'table-of-contents': {
    lines: ['inhaltsverzeichnis', 'inhalt', 'inhalte', 'in diesem artikel', 'auf dieser seite', 'inhaltsverzeichnis ausblenden', 'springe zu'],
  },
}
