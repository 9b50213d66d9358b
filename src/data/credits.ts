/**
 * Labels of credit lines, per language, for the `credit-line` cleaner: `people` are printed in
 * front of the names of who wrote, reviewed or edited the page ("Written by Jane Doe", "Medically
 * reviewed by Dr Ann Lee, MD"), `dates` in front of its dates ("Last updated: March 4, 2025",
 * "Publié le 4 mars 2025"). Lower case, without the final ':'. A bare "By Jane Doe" is no credit
 * line here: many extractions keep the byline (`byline-date` removes it on request). Users add
 * their own with the cleaner's `people` and `dates` options.
 */
export interface CreditData {
  people: readonly string[]
  dates: readonly string[]
}

export const CREDITS: Readonly<Record<string, CreditData>> = {
  en: {
    people: [
      'written by', 'words by', 'authored by', 'reviewed by', 'medically reviewed by', 'expert reviewed by', 'clinically reviewed by',
      'fact checked by', 'fact-checked by', 'edited by', 'updated by', 'researched by', 'verified by', 'posted by',
      'reported by', 'review by', 'contributed by', 'compiled by',
    ],
    dates: [
      'last updated', 'last updated on', 'updated', 'updated on', 'published', 'published on', 'posted', 'posted on', 'last reviewed',
      'last reviewed on', 'last modified', 'last modified on', 'modified', 'date published', 'date updated', 'reviewed on',
      'first published', 'first published on', 'originally published', 'page last reviewed', 'page last updated',
    ],
  },
  de: {
    people: ['geschrieben von', 'verfasst von', 'geprüft von', 'redigiert von', 'aktualisiert von'],
    dates: ['aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'zuletzt aktualisiert am', 'veröffentlicht', 'veröffentlicht am', 'erstellt am', 'stand'],
  },
  fr: {
    people: ['écrit par', 'rédigé par', 'mis à jour par', 'vérifié par', 'relu par'],
    dates: ['publié le', 'mis à jour le', 'modifié le', 'dernière mise à jour', 'dernière mise à jour le', 'publié', 'mis à jour'],
  },
  es: {
    people: ['escrito por', 'redactado por', 'revisado por', 'actualizado por', 'editado por'],
    dates: ['publicado el', 'actualizado el', 'última actualización', 'publicado', 'actualizado', 'modificado el'],
  },
  pt: {
    people: ['escrito por', 'revisado por', 'atualizado por', 'editado por'],
    dates: ['publicado em', 'atualizado em', 'última atualização', 'publicado', 'atualizado', 'modificado em'],
  },
  it: {
    people: ['scritto da', 'rivisto da', 'aggiornato da'],
    dates: ['pubblicato il', 'aggiornato il', 'ultimo aggiornamento', 'pubblicato', 'aggiornato', 'modificato il'],
  },
  nl: {
    people: ['geschreven door', 'bijgewerkt door', 'gecontroleerd door'],
    dates: ['gepubliceerd op', 'bijgewerkt op', 'laatst bijgewerkt', 'laatst bijgewerkt op', 'gepubliceerd', 'bijgewerkt', 'geplaatst op'],
  },
}
