/** Public types of the boilerplate classifier. */
export type ClassifierPreset = 'precision' | 'balanced' | 'recall'

export interface ClassifierLine {
  text: string
  /** A blank line precedes it in the input. */
  gapBefore: boolean
}

export interface ClassifierOptions {
  preset?: ClassifierPreset
  /** ISO 639-1; detected when absent. */
  language?: string
  /**
   * Lines of the page that other cleaners already removed as page chrome (phrases, site
   * templates). A page with none that the model is sure about is taken for an extracted article
   * and kept whole, unless this is above 0: then it is a page with chrome, and gets the
   * precision preset.
   * @default 0
   */
  knownChrome?: number
}

export interface LineVerdict {
  keep: boolean
  /** 'content' | 'navigation' | 'footer' | 'related' | 'comments' | 'author' | 'table' | 'boilerplate' */
  label: string
  /** Features that decided, for removals ('' for kept lines). */
  reason: string
  /** A kept line of a number table (its cells and row labels are kept as one unit). */
  table?: true
}

export interface Classification {
  language: string | undefined
  /** Aligned with the input lines. */
  verdicts: LineVerdict[]
  /** The safety valve fired. */
  fellBack: boolean
  note?: string
}
