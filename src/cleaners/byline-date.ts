import type { DocumentCleaner, LineFeatures } from '../types.js'
import { isProse } from '../features.js'
import { quote } from './phrase-cleaner.js'

export interface BylineDateOptions {
  /**
   * Remove lone date and time lines ("September 4, 2025", "Updated 3 hours ago", "4. März 2025, 14:10 Uhr").
   * @default true
   */
  dates: boolean
  /**
   * Also remove byline lines ("By Jane Doe", "Von Max Muster", "Por Ana García | 4 de marzo de 2025").
   * Off by default: many article extractions keep the byline.
   * @default false
   */
  bylines: boolean
}

const MONTHS = [
  // en
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // de
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'dez',
  // fr
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'janv', 'févr', 'fév', 'avr', 'juil', 'déc',
  // es
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre',
  'diciembre', 'ene', 'abr', 'ago', 'dic',
  // pt
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'set', 'out',
  // it
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'gen', 'mag', 'giu', 'lug',
  'ott',
  // nl
  'januari', 'februari', 'maart', 'mei', 'augustus', 'mrt',
]
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'domenica',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
]
const alt = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).join('|')
const MONTH = `(?:${alt(MONTHS)})\\.?`
const WEEKDAY = `(?:${alt(WEEKDAYS)})\\.?,?`
const LABEL = '(?:published|posted|updated|last updated|last modified|modified|date|posted on|published on|updated on'
  + '|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|erstellt|publié|publié le|mis à jour|mis à jour le|modifié le'
  + '|publicado|publicado el|publicado em|actualizado|actualizado el|atualizado|atualizado em|pubblicato|pubblicato il|aggiornato'
  + '|aggiornato il|gepubliceerd|gepubliceerd op|bijgewerkt|laatst bijgewerkt|geplaatst op)'
const DAY = '\\d{1,2}(?:st|nd|rd|th|er|º|°|\\.)?'
const YEAR = '\\d{4}'
const DATE = `(?:${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?${YEAR}|${YEAR}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2}))`
const TIME = '(?:(?:at|um|à|a las|às|alle|om|,|-|–|\\|)\\s*)?\\d{1,2}[:.h]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|uhr|h))?(?:\\s*(?:[A-Z]{2,4}|CET|CEST|GMT|UTC|ET|PT))?'
const RELATIVE = '(?:(?:\\d+|an?|one)\\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\\s+ago|just now|yesterday|today'
  + '|vor\\s+(?:\\d+|einem|einer)\\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?|monaten?|monat|jahren?|jahr)|gestern|heute'
  + '|il\\s+y\\s+a\\s+\\d+\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hier|aujourd[\'’]hui'
  + '|hace\\s+\\d+\\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)|ayer|hoy'
  + '|há\\s+\\d+\\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)|ontem|hoje'
  + '|\\d+\\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\\s+fa|ieri|oggi'
  + '|\\d+\\s+(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\\s+geleden|gisteren|vandaag)'

/** A date and/or a time, or a relative time ("Friday, March 4, 2025 at 5:50 pm", "3 hours ago"): a RegExp source. */
export const DATE_SOURCE = `(?:${WEEKDAY}\\s*)?(?:${DATE}(?:\\s*,?\\s*${TIME})?|${TIME}|${RELATIVE})`
/** A month and a year without a day ("January 2023", "März 2025"): a RegExp source. */
export const MONTH_YEAR_SOURCE = `${MONTH},?\\s+${YEAR}`

/** A line that is only a date and/or a time, optionally labelled ("Updated:", "Publié le"). */
const DATE_LINE = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${LABEL}\\s*(?::|on|am|le|el|em|il|op)?\\s*)?${DATE_SOURCE}[\\s\\p{P}\\p{S}]*$`,
  'iu')

const BY = '(?:by|von|par|por|di|door|written by|posted by|words by|geschrieben von|écrit par|escrito por|scritto da|geschreven door)'
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|y)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}"
/**
 * Between two names: a comma or `&`, or a conjunction with spaces around it. Glued to the names
 * ("AnnaeBob"), a one-letter conjunction let the pattern split a run of letters in every way,
 * time exponential in its length ("By AeAeAe… x").
 */
const CONJ = '(?:\\s*[,&]\\s*|\\s+(?:and|und|et|y|e|en)\\s+)'
/** "By Jane Doe", "Von Max Muster und Erika Mustermann", "Por Ana García | 4 de marzo de 2025". */
const BY_START = new RegExp(`^${BY}\\s+`, 'iu')
/** One or more names joined by commas or conjunctions: a RegExp source (case-sensitive: names are capitalised). */
export const NAMES_SOURCE = `${NAME}(?:${CONJ}${NAME})*`
/** A time of day ("5:50 pm", "14h10", "07:44 PM IST"): a RegExp source. */
export const TIME_SOURCE = TIME
export const NAMES = new RegExp(`^${NAME}(?:${CONJ}${NAME})*(?:\\s*[|,·•–—-]\\s*(.+))?$`, 'u')

function isByline(text: string): boolean {
  const m = BY_START.exec(text)
  if (!m) return false
  const names = NAMES.exec(text.slice(m[0].length).trim())
  // after the names, only a date may follow
  return names !== null && (names[1] === undefined || DATE_LINE.test(names[1]))
}

/**
 * Lone date lines and bylines: "September 4, 2025", "5:50 am", "Updated 3 hours ago",
 * "Publié le 4 mars 2025 à 14h10", "vor 3 Stunden", and (opt-in) "By Jane Doe". Dates that lead
 * entries of the article (a timeline, a list of events: three or more date lines each with a
 * paragraph of prose within the next three lines) stay.
 */
export const bylineDate: DocumentCleaner<BylineDateOptions> = {
  id: 'byline-date',
  category: 'noise',
  stage: 'document',
  description: 'Lone date and time lines ("September 4, 2025", "Updated 3 hours ago", "vor 3 Stunden"); bylines ("By Jane Doe") on request',
  // Off by default: on the development benchmark it removes about as much gold (the dates and
  // bylines that extractions keep) as page chrome; F1 unchanged without the classifier, -0.001 with it.
  enabled: false,
  defaults: { dates: true, bylines: false },
  examples: [
    { input: 'Bridge Closes for Repairs\nSeptember 4, 2025\nThe council voted on Tuesday to close the old bridge.', output: 'Bridge Closes for Repairs\n\nThe council voted on Tuesday to close the old bridge.\n' },
    { input: 'Brücke wird gesperrt\nAktualisiert: 4. März 2025, 14:10 Uhr\nDer Stadtrat hat am Dienstag die Sperrung beschlossen.', output: 'Brücke wird gesperrt\n\nDer Stadtrat hat am Dienstag die Sperrung beschlossen.\n', note: 'German, labelled, with a time' },
    { input: 'Le pont ferme\nPar Marie Dupont\nil y a 3 heures\nLe conseil a voté mardi la fermeture du pont.', output: 'Le pont ferme\n\nLe conseil a voté mardi la fermeture du pont.\n', options: { bylines: true }, note: 'French byline and relative time, bylines on' },
    { input: 'By the river, the council met.\nOn September 4, 2025 the bridge closed.', output: 'By the river, the council met.\n\nOn September 4, 2025 the bridge closed.\n', note: 'dates and "by" inside sentences stay' },
  ],
  compile(o) {
    const isDate = (text: string, f: LineFeatures): boolean => f.words <= 12 && text.length <= 80 && DATE_LINE.test(text)
    return (doc) => {
      const kept = doc.kept()
      const dated: number[] = []
      for (let k = 0; k < kept.length; k++) {
        const i = kept[k]!
        const text = doc.lines[i]!.text
        const f = doc.features(i)
        if (o.dates && isDate(text, f)) dated.push(k)
        else if (o.bylines && f.words <= 12 && text.length <= 100 && !f.endsSentence && isByline(text)) {
          doc.remove(i, 'byline-date', `byline ${quote(text)}`)
        }
      }
      // A timeline or a list of events: date lines that each lead an entry with a paragraph of
      // prose within its next three lines. Three or more of them: leave them.
      const leads = (k: number): boolean => {
        for (let q = k + 1; q < Math.min(kept.length, k + 4); q++) if (isProse(doc.features(kept[q]!))) return true
        return false
      }
      const leading = dated.filter(leads)
      const timeline = leading.length >= 3 ? new Set(leading) : new Set<number>()
      for (const k of dated) {
        if (timeline.has(k)) continue
        const i = kept[k]!
        doc.remove(i, 'byline-date', `date line ${quote(doc.lines[i]!.text)}`)
      }
    }
  },
}
