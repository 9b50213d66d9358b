/**
 * What an author box at the end of an article is made of, per language (ISO 639-1 code): the
 * words of a job that a biography names ("Jane Doe is a senior editor at …", "Max Muster ist
 * Redakteur …"), and the labels printed above the author's name ("Written by", "Über den Autor") or
 * in front of it on the same line ("By Jane Doe", "Von Anna Schmidt").
 * `author-bio` removes a name line followed by a biography that names that person again and
 * holds one of these role words; a label line right above the name goes with it. Lower case;
 * role words are matched as whole words, labels as the whole line (a final ':' or ',' ignored).
 * Users add their own with the cleaner's `roles` and `labels` options.
 */
export interface AuthorBioData {
  roles: readonly string[]
  labels: readonly string[]
  /** Personal pronouns: a biography that does not start with the name speaks of a person. */
  pronouns: readonly string[]
}

export const AUTHOR_BIO: Readonly<Record<string, AuthorBioData>> = {
  en: {
    roles: [
      'writer', 'editor', 'author', 'journalist', 'reporter', 'correspondent', 'columnist', 'contributor', 'founder',
      'co-founder', 'cofounder', 'director', 'ceo', 'cto', 'cfo', 'coo', 'manager', 'lead', 'head of', 'expert', 'specialist',
      'consultant', 'photographer', 'researcher', 'professor', 'blogger', 'owner', 'president', 'analyst', 'engineer',
      'developer', 'designer', 'scientist', 'marketer', 'strategist', 'coach', 'economist', 'years of experience',
      'has been writing', 'writes about', 'executive', 'attorney', 'lawyer', 'vice president', 'vp', 'officer', 'advisor',
      'adviser', 'professional', 'practitioner', 'nutritionist', 'dietitian', 'therapist', 'psychologist', 'educator',
      'instructor', 'artist', 'illustrator', 'producer', 'host', 'planner', 'accountant', 'architect',
    ],
    labels: [
      'written by', 'by', 'about', 'author', 'authors', 'about the author', 'about the authors', 'reviewed by', 'fact checked by',
      'fact-checked by', 'edited by', 'researched by', 'meet the author', 'contributor', 'contributors',
    ],
    pronouns: ['he', 'she', 'his', 'her', 'him', 'they', 'their', 'i', 'i\'m', 'i’m', 'my'],
  },
  de: {
    roles: [
      'autor', 'autorin', 'redakteur', 'redakteurin', 'journalist', 'journalistin', 'chefredakteur', 'chefredakteurin',
      'korrespondent', 'korrespondentin', 'gründer', 'gründerin', 'geschäftsführer', 'geschäftsführerin', 'leiter',
      'leiterin', 'experte', 'expertin', 'berater', 'beraterin', 'fotograf', 'fotografin', 'schreibt über',
    ],
    labels: ['über den autor', 'über die autorin', 'über die autoren', 'autor', 'autorin', 'geschrieben von', 'von', 'über'],
    pronouns: ['er', 'sie', 'sein', 'seine', 'ihr', 'ihre', 'ich', 'mein', 'meine'],
  },
  fr: {
    roles: [
      'auteur', 'autrice', 'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chroniqueur',
      'chroniqueuse', 'fondateur', 'fondatrice', 'directeur', 'directrice', 'responsable', 'expert', 'experte',
      'consultant', 'consultante', 'photographe',
    ],
    labels: ["à propos de l'auteur", 'à propos de l’auteur', "l'auteur", 'l’auteur', 'auteur', 'écrit par', 'par', 'à propos de'],
    pronouns: ['il', 'elle', 'son', 'sa', 'ses', 'je', 'j\'ai', 'j’ai', 'mon', 'ma', 'mes'],
  },
  es: {
    roles: [
      'autor', 'autora', 'periodista', 'redactor', 'redactora', 'editor', 'editora', 'corresponsal', 'columnista',
      'fundador', 'fundadora', 'director', 'directora', 'experto', 'experta', 'consultor', 'consultora', 'fotógrafo',
      'fotógrafa',
    ],
    labels: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'autor', 'autora', 'escrito por', 'por', 'sobre'],
    pronouns: ['él', 'ella', 'su', 'sus', 'yo', 'mi', 'mis'],
  },
  it: {
    roles: [
      'autore', 'autrice', 'giornalista', 'redattore', 'redattrice', 'corrispondente', 'fondatore', 'fondatrice',
      'direttore', 'direttrice', 'esperto', 'esperta', 'consulente', 'fotografo', 'fotografa',
    ],
    labels: ["sull'autore", 'sull’autore', 'autore', 'autrice', 'scritto da', 'di'],
    pronouns: ['lui', 'lei', 'suo', 'sua', 'suoi', 'sue', 'io', 'mio', 'mia'],
  },
  pt: {
    roles: [
      'autor', 'autora', 'jornalista', 'redator', 'redatora', 'editor', 'editora', 'correspondente', 'colunista',
      'fundador', 'fundadora', 'diretor', 'diretora', 'especialista', 'consultor', 'consultora', 'fotógrafo', 'fotógrafa',
    ],
    labels: ['sobre o autor', 'sobre a autora', 'autor', 'autora', 'escrito por', 'por', 'sobre'],
    pronouns: ['ele', 'ela', 'seu', 'sua', 'seus', 'suas', 'eu', 'meu', 'minha'],
  },
  nl: {
    roles: [
      'auteur', 'schrijver', 'schrijfster', 'journalist', 'redacteur', 'redactrice', 'correspondent', 'columnist',
      'oprichter', 'directeur', 'expert', 'adviseur', 'fotograaf',
    ],
    labels: ['over de auteur', 'over de auteurs', 'auteur', 'geschreven door', 'door', 'over'],
    pronouns: ['hij', 'zij', 'ze', 'zijn', 'haar', 'ik', 'mijn'],
  },
}
