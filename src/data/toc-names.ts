/**
 * Words that only name a table of contents, per language (ISO 639-1 code): a heading that holds
 * one, with article text right under it and no entries, is the empty frame of a table-of-contents
 * widget whose list the page built with a script (`table-of-contents` removes it). Not the words
 * that also head a section of an article: "Contents" (what a box holds), "Índice" (an index of
 * prices), "What you'll learn". Matched inside the heading, in lower case.
 */
export const TOC_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['table of contents'],
  de: ['inhaltsverzeichnis'],
  fr: ['table des matières', 'sommaire'],
  es: ['tabla de contenido', 'índice de contenido'],
  it: ['indice dei contenuti'],
  nl: ['inhoudsopgave'],
  pt: ['tabela de conteúdos', 'sumário'],
  ja: ['目次', 'もくじ'],
  ko: ['목차'],
  zh: ['目录', '目錄'],
}
