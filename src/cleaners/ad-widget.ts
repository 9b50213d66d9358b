import { definePhraseCleaner } from './phrase-cleaner.js'

/** Ads, paywall and widget text. */
export const adWidget = definePhraseCleaner({
  id: 'ad-widget',
  what: 'advertising or widget text',
  rows: true,
  description: 'Ad, paywall and widget text: "Advertisement", "Story continues below", "Skip to content", "Already a subscriber? Log in"',
  maxWords: 30,
  examples: [
    { input: 'Story.\nAdvertisement\nMore story.', output: 'Story.\n\nMore story.\n' },
    { input: 'Skip to content\nStory.\nSubscribe to continue reading\nAlready a subscriber? Log in', output: 'Story.\n' },
    { input: 'The advertisement ran in four newspapers before the election.', output: 'The advertisement ran in four newspapers before the election.\n', note: 'prose about ads stays' },
    { input: 'Texte.\nPublicité\nLa suite après cette publicité\nSuite.', output: 'Texte.\n\nSuite.\n', note: 'French' },
    { input: 'Die Anzeige erschien vor der Wahl in vier Zeitungen.', output: 'Die Anzeige erschien vor der Wahl in vier Zeitungen.\n', note: 'German prose about an ad stays' },
    { input: 'Story.\nLearn more →\nBook a demo\nMore story.', output: 'Story.\n\nMore story.\n', note: 'call-to-action buttons' },
    { input: 'Die Brücke bleibt bis Mai gesperrt.\nJetzt kaufen\nKostenlos testen\nDie Fähre fährt stündlich.', output: 'Die Brücke bleibt bis Mai gesperrt.\n\nDie Fähre fährt stündlich.\n', note: 'German call-to-action buttons' },
    { input: 'Story.\nWas this article helpful?\nYesNo', output: 'Story.\n', note: 'a reader-feedback widget' },
    { input: 'Texto.\n¿Te resultó útil este artículo?', output: 'Texto.\n', note: 'Spanish feedback widget' },
    { input: 'You can learn more about the bridge at the town library.', output: 'You can learn more about the bridge at the town library.\n', note: 'a sentence with the words stays' },
  ],
})
