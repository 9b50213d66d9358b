import type { PhraseTable } from './types.js'

/**
 * Italian page furniture: the it_IT strings of WordPress core and its default themes, Jetpack,
 * cookie banners (Garante privacy), and the labels of Italian news sites ("Leggi anche",
 * "Pubblicità", "Riproduzione riservata").
 */
export const it: PhraseTable = {
  'comment-form': {
    lines: [
      'commenti', 'commento', '# commenti', '# commento', 'commenti (#)', 'lascia un commento', 'lascia una risposta',
      'lascia il tuo commento', 'lascia un commento annulla risposta', 'rispondi', 'annulla risposta', 'pubblica il commento',
      'invia commento', 'invia il commento', 'aggiungi un commento', 'scrivi un commento', 'nome', 'sito web', 'nessun commento',
      'sii il primo a commentare', 'i commenti sono chiusi', 'commenti chiusi', 'mostra commenti', 'visualizza commenti',
      'accedi per commentare', 'più recenti', 'meno recenti', 'ordina per', 'un commento su *', '# commenti su *',
      '# pensieri su *', 'una risposta a *', 'il tuo commento', 'il tuo nome', 'la tua email',
    ],
    sentences: [
      'il tuo indirizzo email non sarà pubblicato', 'il tuo indirizzo e-mail non sarà pubblicato',
      'l\'indirizzo email non verrà pubblicato', 'il tuo indirizzo email non verrà pubblicato',
      'i campi obbligatori sono contrassegnati', 'salva il mio nome, email e sito web in questo browser',
      'salva il mio nome, indirizzo email e sito web in questo browser', 'questo sito usa akismet per ridurre lo spam',
      'questo sito utilizza akismet per ridurre lo spam', 'avvisami via email in caso di nuovi commenti', 'avvisami via e-mail',
      'notificami nuovi commenti', 'devi essere connesso per inviare un commento', 'devi effettuare l\'accesso per pubblicare un commento',
    ],
  },
  'cross-link': {
    starts: [
      'leggi anche', 'leggi di più', 'leggi tutto', 'potrebbe interessarti', 'ti potrebbe interessare', 'potrebbero interessarti',
      'articoli correlati', 'post correlati', 'notizie correlate', 'correlati', 'vedi anche', 'guarda anche', 'più letti',
      'i più letti', 'più lette', 'le più lette', 'altre notizie', 'ultime notizie', 'articolo successivo', 'articolo precedente',
      'articoli recenti', 'articoli simili', 'consigliati', 'da non perdere', 'ti potrebbe piacere', 'potrebbe piacerti anche',
      'approfondisci', 'per approfondire', 'continua a leggere', 'scopri di più', 'leggi l\'articolo', 'ti consigliamo',
      'in evidenza', 'potrebbe anche interessarti',
    ],
  },
  'newsletter-plug': {
    lines: [
      'iscriviti', 'iscriviti alla newsletter', 'iscriviti ora', 'abbonati', 'abbonati ora', 'newsletter', 'ricevi la newsletter',
      'iscrizione alla newsletter',
    ],
    starts: [
      'resta aggiornato', 'rimani aggiornato', 'resta informato', 'rimani informato', 'inserisci la tua email',
      'inserisci il tuo indirizzo email', 'inserisci la tua e-mail', 'la tua email', 'nella tua casella di posta',
      'direttamente nella tua casella',
    ],
    sentences: [
      'iscriviti alla nostra newsletter', 'iscriviti alla newsletter per', 'ricevi la nostra newsletter', 'ricevi gratuitamente la newsletter',
      'grazie per esserti iscritto', 'grazie per l\'iscrizione', 'iscrivendoti accetti', 'iscrivendoti, accetti', 'iscrivendoti a * accetti',
    ],
  },
  'donation-plug': {
    lines: [
      'dona', 'dona ora', 'fai una donazione', 'sostienici', 'sostieni', 'diventa socio', 'diventa membro', 'diventa sostenitore',
      'sostieni ora',
    ],
    starts: ['fai una donazione', 'dona ora', 'diventa socio', 'diventa membro', 'diventa sostenitore'],
    sentences: [
      'sostieni il giornalismo indipendente', 'sostieni il nostro giornalismo', 'sostieni il nostro lavoro',
      'se ti è piaciuto questo articolo, sostieni', 'se apprezzi il nostro lavoro', 'abbiamo bisogno del tuo sostegno',
      'abbonati per sostenere',
    ],
  },
  'social-plug': {
    lines: [
      'condividi', 'condividi:', 'condividi su facebook', 'condividi su twitter', 'condividi su x', 'condividi su linkedin',
      'condividi su whatsapp', 'condividi via email', 'condividi questo articolo', 'stampa', 'copia link', 'copia il link',
      'link copiato', 'seguici', 'mi piace', 'mi piace questo:', 'caricamento...', 'caricamento…', 'condividi questo:',
      'mi piace caricamento...',
    ],
    starts: [
      'seguici su', 'seguici:', 'fai clic per condividere su', 'fai clic qui per condividere su', 'clicca per condividere su',
      'fai clic per inviare', 'fai clic per stampare', 'si apre in una nuova finestra', 'condividi questo:', 'condividi su',
    ],
    sentences: ['seguici su facebook', 'seguici su instagram', 'seguici su twitter', 'seguici sui social'],
  },
  'image-caption': {
    lines: [
      'foto', 'immagine', 'immagini', 'foto d\'archivio', 'immagine di repertorio', 'foto di repertorio', 'ingrandisci',
      'guarda la gallery', 'fotogallery', 'galleria fotografica',
    ],
    starts: [
      'foto:', 'foto di', 'foto da', 'immagine:', 'immagini:', 'credit:', 'crediti:', 'crediti foto', 'credito foto',
      'fonte immagine', 'fonte foto', 'illustrazione:', '(foto', 'foto ©', 'ph:', 'ph.', 'foto d\'archivio',
      'immagine di repertorio', 'foto di repertorio',
    ],
  },
  'breadcrumb': {
    starts: ['sei qui:', 'ti trovi in:', 'ti trovi qui:'],
  },
  'theme-placeholder': {
    lines: [
      'ciao mondo!', 'ciao mondo', 'pagina di esempio', 'senza categoria', 'un nuovo sito targato wordpress', 'un altro sito wordpress',
      'orgogliosamente realizzato con wordpress', 'tema di *', 'tema da *',
    ],
    sentences: ['benvenuto in wordpress. questo è il tuo primo articolo', 'benvenuto su wordpress. questo è il tuo primo articolo'],
  },
  'source-credit': {
    starts: [
      'pubblicato originariamente su', 'pubblicato originariamente in', 'articolo originale:',
      'leggi l\'articolo originale', 'via:',
    ],
    sentences: [
      'questo articolo è stato pubblicato originariamente', 'questo articolo è stato originariamente pubblicato',
      'questo articolo è apparso originariamente', 'questo articolo è stato pubblicato per la prima volta',
    ],
  },
  'legal': {
    lines: [
      'tutti i diritti riservati', 'informativa sulla privacy', 'informativa privacy', 'informativa cookie', 'note legali',
      'termini e condizioni', 'termini di utilizzo', 'condizioni d\'uso', 'condizioni di utilizzo', 'accetta', 'rifiuta',
      'accetta tutti', 'rifiuta tutti', 'accetta tutto', 'rifiuta tutto', 'gestisci cookie', 'gestisci i cookie',
      'impostazioni cookie', 'preferenze cookie', 'mappa del sito', 'accessibilità', 'dichiarazione di accessibilità', 'contatti',
      'contattaci', 'chi siamo', 'riproduzione riservata', '© riproduzione riservata', 'salva preferenze', 'personalizza',
    ],
    // 'partita iva' only with its number: the words alone head news about the self-employed
    starts: ['p.iva', 'p. iva', 'partita iva #', 'partita iva: #', 'partita iva n. #', '© #', 'copyright ©', '# ©', '# * tutti i diritti riservati', 'riproduzione riservata'],
    sentences: [
      'tutti i diritti riservati', 'questo sito utilizza cookie', 'questo sito usa cookie', 'questo sito utilizza i cookie',
      'questo sito web utilizza i cookie', 'utilizziamo i cookie', 'utilizziamo cookie', 'usiamo i cookie', 'proseguendo la navigazione',
      // on the site, not through a text or at sea ('continuando a navigare tra le pieghe della manovra')
      'continuando a navigare su', 'continuando a navigare sul', 'continuando a navigare nel', 'è vietata la riproduzione', 'vietata la riproduzione',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'questo articolo ti è stato utile?', 'questa pagina ti è stata utile?', 'questo articolo è stato utile?',
      'grazie per il tuo feedback!', 'sìno',
      // star-rating widget under a post
      'clicca su una stella per votarlo!', 'valuta questo articolo', 'invia valutazione',
      // call-to-action buttons
      'richiedi una demo', 'prenota una demo', 'prova gratis', 'inizia la prova gratuita',
      // labels, skip links and account furniture
      'pubblicità', 'sponsorizzato', 'contenuto sponsorizzato', 'salta al contenuto', 'vai al contenuto', 'vai al contenuto principale',
      'cerca', 'chiudi', 'torna su', 'torna in alto', 'accedi', 'registrati', 'esci', 'il mio account', 'ascolta l\'articolo',
      'ascolta questo articolo', 'contenuto riservato agli abbonati', 'riservato agli abbonati', 'sei già abbonato?', 'già abbonato?',
      'segnala un errore', 'cerca:', 'apri menu', 'chiudi menu', 'articolo riservato agli abbonati',
    ],
    starts: ['sei già abbonato?', 'già abbonato?', 'per continuare a leggere'],
    sentences: [
      'voto medio # / #. conteggio dei voti',
      'questo articolo è riservato agli abbonati', 'questo contenuto è riservato agli abbonati', 'abbonati per continuare a leggere',
      'hai raggiunto il limite di articoli',
    ],
  },
  'counter': {
    lines: [
      '# commenti', '# commento', '# risposte', '# visualizzazioni', '# letture', '# condivisioni', '# mi piace',
      '# min di lettura', '# minuti di lettura', '# minuto di lettura', 'lettura: # min', 'lettura: # minuti',
      'tempo di lettura: # min', 'tempo di lettura: # minuti', 'tempo di lettura # min', 'tempo di lettura # minuti',
    ],
  },
  'trailing-chrome': {
    lines: [
      'commenti', '# commenti', 'commenti (#)', 'lascia un commento', 'lascia una risposta', 'articoli correlati', 'post correlati',
      'notizie correlate', 'potrebbe interessarti', 'ti potrebbe interessare', 'sull\'autore', 'l\'autore', 'informazioni sull\'autore',
      'tag', 'categorie', 'navigazione articoli', 'articoli recenti', 'i più letti', 'più letti', 'leggi anche', 'altre notizie',
      'un commento su *', '# commenti su *', 'condividi questo articolo', 'articoli simili',
    ],
    starts: ['tag:', 'tags:', 'categorie:', 'categoria:', 'argomenti:', 'pubblicato in:', 'archiviato in:'],
  },
  'teaser-list': {
    lines: [
      'articoli correlati', 'post correlati', 'notizie correlate', 'potrebbe interessarti', 'ti potrebbe interessare',
      'articoli recenti', 'leggi anche', 'articoli simili',
    ],
  },
  'table-of-contents': {
    lines: ['indice', 'sommario', 'indice dei contenuti', 'in questo articolo', 'in questa pagina', 'contenuti'],
  },
}
