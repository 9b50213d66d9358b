import type { PhraseTable } from './types.js'

/**
 * French page furniture: the fr_FR strings of WordPress core and its default themes, Jetpack,
 * CNIL-style cookie banners, and the labels of French news sites ("À lire aussi", "Publicité",
 * "Article réservé aux abonnés"). A colon may be preceded by a space ("Source : AFP"): the
 * phrase compiler accepts both.
 */
export const fr: PhraseTable = {
  'comment-form': {
    lines: [
      'commentaires', 'commentaire', '# commentaires', '# commentaire', 'commentaires (#)', 'laisser un commentaire',
      'laisser une réponse', 'laissez un commentaire', 'laisser un commentaire annuler la réponse', 'répondre', 'annuler la réponse',
      'poster un commentaire', 'publier le commentaire', 'publier un commentaire', 'envoyer le commentaire', 'ajouter un commentaire',
      'écrire un commentaire', 'réagir', 'réagissez', 'nom', 'e-mail', 'adresse e-mail', 'site web', 'aucun commentaire',
      'pas de commentaire', 'pas encore de commentaire', 'soyez le premier à commenter', 'les commentaires sont fermés',
      'afficher les commentaires', 'voir les commentaires', 'connectez-vous pour commenter', 'se connecter pour commenter',
      'plus récents', 'plus anciens', 'trier par', 'une réflexion sur *', '# réflexions sur *', 'une réponse à *',
      '# réponses à *', 'votre commentaire', 'votre nom', 'votre e-mail',
    ],
    sentences: [
      'votre adresse e-mail ne sera pas publiée', 'votre adresse email ne sera pas publiée',
      'votre adresse de messagerie ne sera pas publiée', 'votre adresse mail ne sera pas publiée',
      'les champs obligatoires sont indiqués avec', 'les champs obligatoires sont marqués',
      'enregistrer mon nom, mon e-mail et mon site dans le navigateur', 'enregistrer mon nom, mon e-mail et mon site web dans le navigateur',
      'ce site utilise akismet pour réduire les indésirables', 'prévenez-moi de tous les nouveaux commentaires',
      'prévenez-moi de tous les nouveaux articles', 'avertissez-moi par e-mail', 'm\'avertir des nouveaux commentaires',
      'vous devez être connecté pour publier un commentaire', 'vous devez vous connecter pour publier un commentaire',
    ],
  },
  'cross-link': {
    starts: [
      'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'voir aussi', 'sur le même sujet',
      'articles similaires', 'articles liés', 'articles connexes', 'dans la même rubrique', 'plus d\'articles', 'les plus lus',
      'les plus lues', 'à découvrir', 'à découvrir aussi', 'à voir aussi', 'en savoir plus', 'lire la suite', 'lire plus',
      'vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous pourriez aussi aimer', 'vous pourriez aimer',
      'ces articles pourraient vous intéresser', 'ceci pourrait vous intéresser', 'cela pourrait vous intéresser',
      'pour aller plus loin', 'notre sélection', 'article suivant', 'article précédent', 'les plus populaires', 'les plus partagés',
      'dernières actualités', 'dernières infos', 'derniers articles', 'lire l\'article', 'découvrir aussi', 'à ne pas manquer',
      'à la une', 'articles récents', 'publications similaires', 'voir plus',
    ],
  },
  'newsletter-plug': {
    lines: [
      'newsletter', 'lettre d\'information', 'abonnez-vous', 's\'abonner', 'je m\'abonne', 'je m\'inscris', 's\'inscrire à la newsletter',
      's\'abonner à la newsletter', 'inscrivez-vous à la newsletter', 'inscription à la newsletter', 'recevoir la newsletter',
    ],
    starts: [
      'restez informé', 'restez informés', 'restez informée', 'ne manquez aucun', 'ne ratez aucun', 'ne ratez rien',
      'saisissez votre adresse e-mail', 'entrez votre adresse e-mail', 'entrez votre e-mail', 'votre adresse e-mail',
      'recevez * dans votre boîte mail', 'dans votre boîte mail', 'dans votre boîte de réception',
    ],
    sentences: [
      'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter', 'abonnez-vous à notre lettre d\'information',
      'inscrivez-vous à notre lettre d\'information', 'inscrivez-vous à la newsletter', 'abonnez-vous à la newsletter',
      'recevez notre newsletter', 'recevez gratuitement notre newsletter', 'merci pour votre inscription', 'merci de votre inscription',
      'en vous inscrivant, vous acceptez', 'en vous inscrivant à * vous acceptez', 'vous êtes bien inscrit',
    ],
  },
  'donation-plug': {
    lines: [
      'faire un don', 'faites un don', 'soutenez-nous', 'nous soutenir', 'devenir membre', 'devenez membre', 'je fais un don',
      'je soutiens', 'faire un don maintenant',
    ],
    starts: ['faites un don', 'faire un don', 'devenez membre', 'votre soutien compte'],
    sentences: [
      'soutenez le journalisme indépendant', 'soutenez notre travail', 'soutenez notre journalisme', 'soutenez une information',
      'si vous avez aimé cet article, soutenez', 'si vous appréciez notre travail', 'nous avons besoin de votre soutien',
      'abonnez-vous pour soutenir', 'votre don nous permet',
    ],
  },
  'social-plug': {
    lines: [
      'partager', 'partager :', 'partager cet article', 'partager l\'article', 'partagez cet article', 'partager sur facebook',
      'partager sur twitter', 'partager sur x', 'partager sur linkedin', 'partager sur whatsapp', 'partager par e-mail',
      'envoyer par e-mail', 'imprimer', 'copier le lien', 'lien copié', 'suivez-nous', 'nous suivre', 'j\'aime', 'j\'aime ça :',
      'chargement…', 'chargement...', 'j\'aime chargement…', 'j\'aime chargement...', 'tweeter',
    ],
    starts: [
      'suivez-nous sur', 'retrouvez-nous sur', 'cliquez pour partager sur', 'cliquer pour partager sur', 'cliquez pour envoyer',
      'cliquez pour imprimer', 'partager sur', 'ouvre dans une nouvelle fenêtre', 's\'ouvre dans une nouvelle fenêtre',
      'partager :',
    ],
    sentences: ['suivez-nous sur facebook', 'suivez-nous sur twitter', 'suivez-nous sur instagram', 'retrouvez-nous sur facebook'],
  },
  'image-caption': {
    lines: [
      'photo', 'photos', 'crédit photo', 'crédits photo', 'agrandir l\'image', 'agrandir la photo', 'voir la galerie',
      'photo d\'illustration', 'image d\'illustration', 'illustration',
    ],
    starts: [
      'photo:', 'photos:', 'crédit photo', 'crédits photo', 'crédit:', 'crédits:', 'crédit image', 'crédits image', 'illustration:',
      'image:', 'photo d\'illustration', 'image d\'illustration', '(photo:', '© photo', 'photo par', 'photo de couverture',
      'photo ©', 'légende:',
    ],
  },
  'breadcrumb': {
    starts: ['vous êtes ici:', 'vous êtes ici'],
  },
  'theme-placeholder': {
    lines: [
      'bonjour tout le monde !', 'bonjour tout le monde', 'page d\'exemple', 'non classé', 'un site utilisant wordpress',
      'un blog utilisant wordpress', 'fièrement propulsé par wordpress', 'propulsé par wordpress', 'thème par *', 'thème : *',
      'propulsé par *',
    ],
    sentences: ['bienvenue sur wordpress. ceci est votre premier article', 'bienvenue dans wordpress. ceci est votre premier article'],
  },
  'source-credit': {
    starts: [
      'avec afp', 'avec l\'afp', 'avec agences', 'publié initialement sur', 'publié initialement dans',
      'publié à l\'origine', 'article original:', 'lire l\'article original', 'via:',
    ],
    sentences: [
      'cet article a été publié initialement', 'cet article a initialement été publié', 'cet article a été initialement publié',
      'cet article est paru initialement', 'cet article a d\'abord été publié', 'cet article est republié à partir de',
    ],
  },
  'legal': {
    lines: [
      'tous droits réservés', 'mentions légales', 'politique de confidentialité', 'conditions générales d\'utilisation', 'cgu', 'cgv',
      'conditions générales de vente', 'politique de cookies', 'politique relative aux cookies', 'gestion des cookies',
      'paramètres des cookies', 'paramétrer les cookies', 'gérer les cookies', 'tout accepter', 'tout refuser', 'accepter',
      'refuser', 'accepter et fermer', 'continuer sans accepter', 'plan du site', 'accessibilité', 'nous contacter',
      'contactez-nous', 'qui sommes-nous', 'qui sommes-nous ?', 'données personnelles', 'gérer mes préférences',
      'personnaliser', 'mentions légales | politique de confidentialité', 'accessibilité : non conforme',
      'accessibilité : partiellement conforme',
    ],
    starts: ['mentions légales |', '© #', 'copyright ©', '# ©', '# * tous droits réservés'],
    sentences: [
      'tous droits réservés', 'nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies',
      'en poursuivant votre navigation', 'en continuant à naviguer', 'en continuant votre navigation', 'en poursuivant la navigation',
      'toute reproduction, même partielle', 'toute reproduction interdite', 'reproduction interdite',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'cet article vous a-t-il été utile ?', 'cette page vous a-t-elle été utile ?', 'cet article vous a-t-il aidé ?',
      'merci pour votre retour !', 'ouinon',
      // star-rating widget under a post
      'cliquez sur une étoile pour le noter !', 'noter cet article', 'envoyer la note',
      // call-to-action buttons
      'acheter maintenant', 'essai gratuit', 'essayer gratuitement', 'demander une démo',
      'réserver une démo', 'demander une démo gratuite', 'démarrer l\'essai gratuit', 'commencez votre essai gratuit',
      'publicité', 'sponsorisé', 'contenu sponsorisé', 'contenu partenaire', 'en partenariat avec', 'aller au contenu',
      'aller au contenu principal', 'passer au contenu', 'passer au contenu principal', 'menu', 'rechercher', 'recherche',
      'fermer', 'retour en haut', 'haut de page', 'retour en haut de page', 'se connecter', 'connexion', 's\'inscrire',
      'se déconnecter', 'mon compte', 'créer un compte', 'écouter cet article', 'écouter l\'article', 'la suite après cette publicité',
      'la suite après la publicité', 'l\'article continue après la publicité', 'article réservé aux abonnés', 'réservé aux abonnés',
      'déjà abonné ?', 'signaler une erreur', 'signaler un abus', 'rechercher :', 'ouvrir le menu', 'fermer le menu',
    ],
    starts: ['déjà abonné ?', 'pour lire la suite'],
    sentences: [
      'aucun vote jusqu\'à présent ! soyez le premier', 'note moyenne # / #. nombre de votes',
      'cet article est réservé aux abonnés', 'la suite est réservée aux abonnés', 'il vous reste * de cet article à lire',
      'cet article vous est offert', 'abonnez-vous pour lire la suite',
    ],
  },
  'counter': {
    lines: [
      '# commentaires', '# commentaire', '# réponses', '# réponse', '# vues', '# partages', '# j\'aime', '# min de lecture',
      '# minutes de lecture', '# minute de lecture', 'lecture : # min', 'lecture # min', 'temps de lecture : # min',
      'temps de lecture : # minutes', 'temps de lecture # min', 'temps de lecture # minutes', '# lectures', 'lu # fois',
    ],
  },
  'trailing-chrome': {
    lines: [
      'commentaires', '# commentaires', 'commentaires (#)', 'laisser un commentaire', 'laisser une réponse', 'articles similaires',
      'articles liés', 'articles connexes', 'sur le même sujet', 'à lire aussi', 'lire aussi', 'vous aimerez aussi',
      'vous aimerez peut-être aussi', 'à propos de l\'auteur', 'à propos de l\'autrice', 'mots-clés', 'mots clés', 'étiquettes',
      'catégories', 'navigation de l\'article', 'navigation des articles', 'articles récents', 'les plus lus', 'dans la même rubrique',
      'plus d\'articles', 'derniers articles', 'à découvrir aussi', 'une réflexion sur *', '# réflexions sur *',
      'partager cet article', 'publications similaires', 'ces articles pourraient vous intéresser',
    ],
    starts: ['mots-clés:', 'mots clés:', 'étiquettes:', 'catégories:', 'catégorie:', 'publié dans:', 'classé dans:', 'thèmes:'],
  },
  'teaser-list': {
    lines: [
      'articles similaires', 'articles liés', 'articles connexes', 'sur le même sujet', 'à lire aussi', 'lire aussi',
      'vous aimerez aussi', 'vous aimerez peut-être aussi', 'articles récents', 'plus d\'articles', 'derniers articles',
      'à découvrir aussi', 'publications similaires', 'ces articles pourraient vous intéresser',
    ],
  },
  'table-of-contents': {
    lines: ['sommaire', 'table des matières', 'dans cet article', 'au sommaire', 'sur cette page', 'contenu de l\'article', 'masquer le sommaire'],
  },
}
