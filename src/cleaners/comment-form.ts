import { definePhraseCleaner } from './phrase-cleaner.js'

/** Comment forms and widgets: "Leave a Reply", "Your email address will not be published.", "3 Comments". */
export const commentForm = definePhraseCleaner({
  id: 'comment-form',
  what: 'comment form',
  description: 'Comment forms and widgets: "Leave a Reply", "Required fields are marked *", "Post Comment"',
  examples: [
    { input: 'Text.\nLeave a Reply\nYour email address will not be published. Required fields are marked *', output: 'Text.\n' },
    { input: 'Story.\nLogin To Facebook To Comment', output: 'Story.\n' },
    { input: 'Story.\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment', output: 'Story.\n' },
    { input: 'Readers can leave a reply under each article, the editor said.', output: 'Readers can leave a reply under each article, the editor said.\n', note: 'prose about comments stays' },
    { input: 'Texto.\nDeja una respuesta\nTu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *', output: 'Texto.\n', note: 'Spanish WordPress comment form' },
    { input: 'Les lecteurs peuvent laisser un commentaire sous chaque article, a indiqué la rédactrice.', output: 'Les lecteurs peuvent laisser un commentaire sous chaque article, a indiqué la rédactrice.\n', note: 'French prose about comments stays' },
  ],
})
