import type { PhraseTable } from './types.js'

/**
 * English page furniture.
 *
 * Sources of the surface forms: the strings of WordPress core and its default themes (comment
 * form, post navigation, demo content), Jetpack (sharing, likes), Disqus, common cookie-consent
 * plugins, form builders, newsletter platforms, and the boilerplate lists of boilerplate removers
 * (trafilatura, Defuddle, the C4 and RefinedWeb line filters).
 */
export const en: PhraseTable = {
  'comment-form': {
    lines: [
      'if you are a human, ignore this field', 'if you are human, leave this field blank', 'leave this field blank',
      'leave a reply', 'leave a comment', 'leave a reply cancel reply', 'post a comment', 'add a comment', 'add comment',
      'write a comment', 'join the discussion', 'join the conversation', 'cancel reply', 'post comment', 'submit comment',
      'comments are closed', 'comments are closed for this article', 'comments', '# comments', '# comment', 'comments (#)',
      'no comments', 'no comments yet', 'be the first to comment', 'show comments', 'view comments', 'load comments', 'reply',
      'replies', 'log in to comment', 'login to comment', 'log in to reply', 'you must be logged in to post a comment',
      'login to facebook to comment', 'log in to facebook to comment', 'comment', 'disqus', 'comments powered by disqus',
      'please enable javascript to view the comments powered by disqus', 'name', 'email', 'website',
      'notify me of new posts by email', 'notify me of follow-up comments by email', 'sort by', 'newest', 'oldest',
      'one response', '# responses', 'one thought on *', '# thoughts on *', 'one comment on *', '# comments on *',
      'one reply to *', '# replies to *', 'leave a comment cancel reply', 'your comment', 'your name',
      'your email', 'your email address', 'email address', 'name (required)', 'email (required)', 'email(required)',
      'discussion about this post', 'expand full comment',
    ],
    starts: ['we welcome comments', 'comment policy:'],
    sentences: [
      'your email address will not be published', 'save my name, email, and website in this browser',
      'required fields are marked', 'you must be logged in to post a comment', 'this site uses akismet to reduce spam',
      'notify me of new posts', 'notify me of follow-up comments', 'notify me of followup comments',
      'please enable javascript to view the comments',
    ],
  },
  'cross-link': {
    // Markers: a line that is only the marker, or the marker plus a headline.
    starts: [
      'read', 'read more', 'read also', 'also read', 'read next', 'see also', 'related', 'related story', 'related stories',
      'related articles', 'related posts', 'related content', 'related reading', 'recommended', 'recommended for you',
      'recommended reading', 'more', 'more on this', 'more on this story', 'more from', 'more stories', 'more news',
      'you may also like', 'you might also like', 'you may be interested in', 'don\'t miss', 'must read', 'trending',
      'trending now', 'popular', 'most popular', 'most read', 'top stories', 'latest', 'latest news', 'latest stories',
      'further reading', 'watch', 'listen', 'click here', 'continue reading', 'next article', 'previous article',
      'next post', 'previous post', 'up next', 'what to read next', 'editor\'s picks', 'editors\' picks', 'in case you missed it',
      'you might also be interested in', 'you may also be interested in', 'related news', 'more articles', 'more posts',
      'popular posts', 'recent posts', 'latest posts', 'you may like', 'you might like', 'you may like to read',
      'related post', 'related article', 'related topics', 'related products', 'related reads', 'related pages',
      'related blogs', 'related podcasts', 'more videos', 'more blogs',
    ],
  },
  'newsletter-plug': {
    lines: [
      'subscribe', 'subscribe now', 'sign up', 'sign up now', 'newsletter', 'subscribe to our newsletter', 'join our newsletter',
      'subscribe to *',
      'get our newsletter', 'newsletter sign up', 'newsletter signup', 'sign up for our newsletter', 'subscribe to newsletter',
      'join my newsletter', 'join our email list', 'email subscribe', 'never miss another article', 'never miss a post',
    ],
    starts: [
      'subscribe to the', 'subscribe for', 'get our free', 'join * subscribers', 'stay informed', 'stay up to date',
      'enter your email', 'delivered to your inbox', 'subscribe to receive', 'sign up now for the',
      // a podcast's subscribe row ("Subscribe: Apple Podcasts | Spotify | RSS")
      'subscribe: apple podcasts', 'subscribe: spotify', 'subscribe: google podcasts', 'subscribe: android', 'subscribe: rss',
    ],
    sentences: [
      'sign up: subscribe', 'sign up for our', 'sign up to our', 'sign up to receive', 'subscribe to our',
      'get the latest * delivered', 'get the latest * in your inbox', 'get the latest * straight to your inbox',
      'join our mailing list', 'never miss a story', 'by subscribing, you agree', 'you have successfully subscribed',
      'thank you for subscribing', 'thanks for subscribing', 'want more * delivered', 'by signing up, you agree',
      'by clicking subscribe, you agree', 'by subscribing to * you agree', 'by signing up for * you agree',
      'by signing up to * you agree', 'by submitting your email * you agree',
      'thanks for reading * subscribe for free', 'thank you for reading * subscribe for free', 'become a paid subscriber',
      'by providing your information and clicking subscribe', 'thank you for signing up', 'thanks for signing up',
      'enter your email to subscribe', 'enter your email address to subscribe', 'we will never sell your information',
    ],
  },
  'donation-plug': {
    lines: [
      'donate', 'donate now', 'support us', 'become a member', 'become a patron', 'make a donation', 'donate today',
      'buy me a coffee', 'support me on ko-fi', 'support me on patreon',
    ],
    starts: [
      'please support', 'consider supporting', 'support our work', 'become a patron', 'donate today', 'donate now',
      'your support helps', 'help us keep', 'chip in',
      // a plea under the article ("Enjoyed this piece? We need your help to keep publishing.")
      'enjoyed this piece?', 'enjoyed this article?', 'enjoyed this post?', 'enjoyed this story?',
    ],
    sentences: [
      'please make a * donation', 'please consider donating', 'please consider supporting', 'please consider making a donation',
      'support independent journalism', 'support our journalism', 'support local journalism', 'support quality journalism',
      'if you value our', 'if you like our work', 'if you enjoyed this article, please', 'we rely on readers like you',
      'this story is funded by readers like you', 'this article is funded by readers like you', 'made possible by readers like you',
      'we have a small favor to ask', 'we have a small favour to ask', 'since you\'re here, we have a small',
      'before you go, we have a small', 'double your donation',
      'if you liked this article, please consider',
    ],
  },
  'social-plug': {
    lines: [
      'share', 'share this', 'share this:', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
      'share on x', 'share on linkedin', 'share via email', 'tweet', 'pin it', 'pin', 'whatsapp', 'email', 'print', 'facebook',
      'twitter', 'linkedin', 'reddit', 'telegram', 'pinterest', 'instagram', 'youtube', 'tiktok', 'like this:', 'like this',
      'like', 'loading...', 'loading…', 'loading', 'copy link', 'link copied', 'share article', 'follow us', 'follow',
      'facebook twitter', 'facebook twitter linkedin', 'facebook twitter email', 'share facebook twitter', 'share this post',
      'like loading...', 'like loading…', 'bluesky', 'threads', 'mastodon', 'share via', 'share on bluesky', 'share on whatsapp',
      'share on pinterest', 'share on reddit', 'share on telegram', 'share on threads', 'share on tumblr', 'share on flipboard',
      'share on email', 'share by email', 'share via whatsapp', 'share on messenger', 'tumblr', 'flipboard', 'messenger',
      'share this page', 'share this page:', 'share page', 'more options', 'more sharing options', 'email this page', 'print this page',
      'print this article', 'email this article', 'please share this article', 'facebook x', 'x facebook', 'x linkedin',
      'linkedin x', 'twitter x', 'x twitter', 'x email', 'email x',
    ],
    starts: [
      'connect with us', 'follow us on', 'follow us:', 'follow * on facebook', 'follow * on twitter', 'follow * on instagram',
      'like us on facebook', 'find us on facebook', 'join us on', 'share this:', 'share on:', 'click to share on',
      'click to email', 'click to print', 'opens in new window',
    ],
    sentences: ['connect with us:', 'follow us on * for the latest', 'follow us on * for more', 'follow us on * to stay'],
  },
  'image-caption': {
    lines: ['click to enlarge', 'image # of #', 'photo # of #', 'slide # of #', 'file photo', 'photo', 'image', 'getty images', 'ap photo', 'reuters', 'afp', 'shutterstock', 'istock', 'pexels', 'unsplash', 'enlarge this image', 'expand', 'view image', 'view gallery', 'image source', '(getty images)', 'photo credit'],
    starts: [
      'photo:', 'photo by', 'photo credit', 'photo courtesy', 'photos:', 'photograph:', 'photograph by', 'picture:',
      'image:', 'image credit', 'image courtesy', 'image source:', 'image via', 'images:', 'credit:', 'caption:', 'illustration:',
      'illustration by', 'file photo', '(ap photo', 'ap photo/', '(photo:', '(photo by', '(image:', '(getty', 'featured image',
      'header image', 'top image', 'lead image', 'cover image', 'photo illustration',
    ],
  },
  'breadcrumb': {
    lines: ['breadcrumb', 'breadcrumbs', 'breadcrumb navigation'],
    starts: ['you are here:', 'you are here'],
  },
  'theme-placeholder': {
    lines: [
      'physical address', '304 north cardinal st.', '304 north cardinal st', 'dorchester center, ma 02124',
      'just another wordpress site', 'proudly powered by wordpress', 'powered by wordpress', 'hello world!',
      'sample page', 'uncategorized', 'theme by *', 'wordpress theme by *', '* theme by *', 'designed by *', 'powered by *',
      'lorem ipsum', 'lorem ipsum #', 'your address here', 'your company name',
      // site builders' style-guide samples left in a page (Webflow, Squarespace)
      'example h#', 'this is some text inside of a div block.', 'this is some text inside of a div block',
    ],
    starts: ['copyright © * | powered by'],
    sentences: ['lorem ipsum dolor sit amet', 'proudly powered by', 'welcome to wordpress. this is your first post'],
  },
  'source-credit': {
    starts: [
      'original source:', 'originally published at', 'originally published on',
      'originally published by', 'via:',
    ],
    sentences: [
      'this article originally appeared on', 'this article originally appeared in',
      'this article was originally published on', 'this article was originally published by', 'this article first appeared on',
      'this story originally appeared on', 'this story was originally published', 'republished with permission',
      'this article is republished from', 'this post originally appeared on', 'read the original article',
      'this post was originally published on', 'a version of this article originally appeared',
      'this post first appeared on', 'this story first appeared on',
      'this story also appeared in', 'this article also appeared in', 'this story also appeared on', 'this article also appeared on',
      'this story was produced by', 'this story was produced in partnership with', 'this article was produced in partnership with',
      'this story was developed in partnership with', 'this content was produced in partnership with',
      'republish our articles for free', 'republish this article for free', 'republish this story for free',
    ],
  },
  'legal': {
    lines: [
      'all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy',
      'cookie settings', 'cookies settings', 'accept cookies', 'accept all cookies', 'accept all', 'reject all', 'manage cookies',
      'do not sell my personal information', 'do not sell or share my personal information', 'your privacy choices',
      'privacy policy | terms of use', 'privacy policy | terms of service', 'terms of use | privacy policy', 'sitemap', 'contact us',
      'about us', 'imprint', 'accessibility', 'accessibility statement', 'ad choices', 'adchoices', 'manage consent',
      'manage consent preferences', 'privacy overview', 'always enabled', 'save & accept', 'accept & close', 'cookie preferences',
      'privacy preferences', 'privacy notice', 'privacy statement', 'legal notice', 'site map', 'terms & conditions',
      'reject all cookies', 'allow all cookies', 'necessary cookies', 'functional cookies', 'analytics cookies',
      'accept all reject all show purposes', 'show purposes', 'here\'s how you know', 'cookielawinfo-checkbox-necessary',
      'cookielawinfo-checkbox-functional', 'cookielawinfo-checkbox-performance', 'cookielawinfo-checkbox-analytics',
      'cookielawinfo-checkbox-advertisement', 'cookielawinfo-checkbox-others', 'viewed_cookie_policy',
      'refund policy', 'shipping policy', 'editorial policy', 'editorial guidelines', 'vulnerability disclosure policy',
      'cookie notice', 'cookie statement', 'cookies policy', 'privacy & cookies', 'privacy and cookies', 'privacy settings',
      'terms of sale', 'advertise with us',
    ],
    starts: [
      '©', '(c) #', 'copyright ©', '# ©', '# * all rights reserved', 'copyright #', 'copyright (c)', 'privacy policy |', 'terms of use |', 'terms of service |',
    ],
    sentences: [
      'all rights reserved', 'we use cookies', 'this website uses cookies', 'this site uses cookies', 'by continuing to use this site',
      'by using this site, you agree', 'by using this website, you agree', 'this material may not be published, broadcast, rewritten',
      'by continuing to browse', 'by clicking “accept', 'by clicking "accept', 'by clicking accept',
      // consent under a form or a button: "By clicking Sign Up, you agree to our Terms of Use …"
      'by clicking *, you agree', 'by clicking *, you confirm', 'by clicking *, you accept', 'by clicking *, you consent',
      'by clicking *, i agree', 'by clicking *, i acknowledge', 'by clicking *, i accept', 'by submitting *, you agree',
      'by submitting *, you consent', 'by submitting *, i agree', 'by submitting *, you are consenting', 'by continuing *, you agree',
      'by providing *, you agree', 'by providing *, you consent', 'by providing *, you are consenting', 'by registering *, you agree',
      'by creating an account *, you agree', 'by signing up *, you agree', 'by signing up *, i agree', 'by subscribing *, you agree',
      'by signing up you agree', 'by subscribing you agree', 'by signing up, you agree', 'by subscribing, you agree',
      'this site is protected by recaptcha',
      // consent-management platforms and cookie plugins shared by many sites
      'we and our partners', 'we and our # partners', 'we and our partners process data', 'store and/or access information on a device',
      'necessary cookies are absolutely essential', 'functional cookies help to perform', 'performance cookies are used to',
      'analytical cookies are used to', 'advertisement cookies are used to', 'other uncategorized cookies are those',
      'this cookie is set by gdpr cookie consent plugin', 'the cookie is set by gdpr cookie consent',
      'the cookie is set by the gdpr cookie consent plugin', 'we value your privacy',
      // the banner of U.S. government websites
      'an official website of the united states government', 'official websites use .gov', 'a .gov website belongs to an official',
      'secure .gov websites use https', 'a lock ( ) or https:// means',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'was this page helpful?', 'was this article helpful?', 'was this helpful?', 'was this post helpful?',
      'did you find this article helpful?', 'did you find this helpful?', 'was this information helpful?', 'yesno',
      'thanks for your feedback!', 'thank you for your feedback!',
      // star-rating widget under a post ("How useful was this post?" / "Click on a star to rate it!")
      'how useful was this post?', 'how useful was this article?', 'how helpful was this article?', 'how helpful was this post?',
      'click on a star to rate it!', 'click on a star to rate it', 'submit rating', 'rate this article', 'rate this post',
      'rate this recipe', 'rate this page',
      'advertisement', 'advertisements', 'advertising', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'ad',
      'ads', 'story continues below', 'story continues below advertisement', 'article continues below advertisement',
      'article continues below', 'continue reading below', 'scroll to continue with content', 'skip to content',
      'skip to main content', 'skip to navigation', 'jump to', 'jump to recipe', 'menu', 'search', 'close', 'open menu',
      'close menu', 'toggle navigation', 'back to top', 'top', 'subscribe to continue reading', 'already a subscriber? log in',
      'already a subscriber? sign in', 'already a subscriber?', 'log in', 'sign in', 'login', 'register', 'log out',
      'remove ads', 'report this ad', 'report an error', 'listen to this article', 'listen to article',
      'this content is for subscribers only', 'create a free account', 'search for:', 'search for', 'scroll to top',
      'select page', 'main menu', 'toggle menu', 'skip to footer', 'main navigation', 'search search', 'subscribesign in',
      'oops! something went wrong while submitting the form.', 'thank you! your submission has been received!',
      'this field is for validation purposes and should be left unchanged.', 'no items found.', 'go to top',
      'your cart is empty', 'continue shopping', 'close search', 'open search', 'navigation menu', 'open navigation menu',
      'close navigation menu', 'top of page', 'what are you looking for?', 'type your email…', 'type your email...',
      'remember me', 'lost your password?', 'forgot your password?', 'copied!', 'link copied!', 'primary navigation',
      'secondary navigation', 'footer navigation', 'primary menu', 'footer menu', 'mobile menu',
      // call-to-action buttons
      'learn more', 'find out more', 'shop now', 'buy now', 'book a demo', 'request a demo', 'get started for free',
      'start free trial', 'start your free trial', 'try it free', 'try it for free', 'no signup required',
      'no credit card required', 'contact sales', 'get a quote', 'get a free quote', 'request a quote', 'get a demo',
      'get a free demo', 'watch demo', 'watch the demo', 'schedule a demo', 'book a call', 'download now', 'try for free',
      'sign up for free', 'contact us today', 'talk to sales', 'get started today', 'get started now',
      'book a free demo', 'book free demo', 'book free demo today', 'book a demo today', 'watch a demo', 'schedule a call',
      'schedule a free call', 'schedule a free consultation', 'book a free consultation', 'request a free consultation',
      'get in touch', 'get in touch with us', 'start now', 'get started',
      // shop and price buttons of review pages (the retailer varies: a wildcard, never a name)
      'check price', 'check price at *', 'check price on *', 'check * price', 'see price at *', 'see it at *',
      'buy now at *', 'buy now from *', 'view deal', 'view deal at *', 'see deal', 'see deal at *', 'get deal', 'get the deal',
      'read full review', 'read the review', 'read our full * review', 'read the full * review', 'get a free estimate', 'get a quote now', 'check availability', 'see it', 'open in app', 'create an account',
      // form and accordion buttons alone on a line
      'submit', 'save', 'expand all', 'collapse all',
      // media, share and shop controls alone on a line
      'download', 'play video', 'show caption', 'copy to clipboard', 'book now', 'jump to review', 'star rating', 'now #% off',
      'sponsor message', 'featured', 'explore', 'full bio', 'learn more about us', 'prefer to watch?',
      'this slideshow requires javascript.', 'advertisement. scroll to continue reading.', 'add as a preferred source on google',
      'press enter or click to view image in full size', 'here is a fact-based summary of the story contents:',
      'scroll to continue', 'listen to this article *', 'click here to read more',
    ],
    starts: [
      'already a subscriber?', 'to continue reading', 'start your free trial of', 'get a demo of', 'book a free demo of',
      'request a free consultation for', 'get in touch with one of our', 'get in touch with a',
      // podcast player row ("Podcast: Play in new window | Download | Embed")
      'podcast: play in new window', 'play in new window |', 'download file | play in new window',
    ],
    sentences: [
      'no votes so far! be the first to rate', 'average rating # / #. vote count', 'we are sorry that this post was not useful',
      'subscribe to continue reading', 'this article is for subscribers', 'this content is only available to',
      'you have reached your limit of free articles', 'you\'ve reached your limit of free articles',
      'register to continue reading', 'sign in to continue reading', 'create a free account to continue',
    ],
  },
  'counter': {
    lines: [
      '# comments', '# comment', '# shares', '# share', '# likes', '# like', '# views', '# view', 'views: #', 'views #',
      '# min read', '# mins read', '# minute read', '# minutes read', '# min', 'reading time: # minutes', 'reading time: # min',
      '# reactions', '# replies', '# reads', 'shares: #', 'likes: #', '# retweets', '# votes', 'rating: #', '# responses',
      '# min read time', 'reading time # minutes', 'reading time # min', '# min reading time', 'read time: # min',
      '# minute read time', '# min. read', '# mins. read', 'min read', '* min read', '* # min read',
    ],
  },
  'trailing-chrome': {
    lines: [
      'leave a reply', 'leave a comment', 'comments', 'related', 'related articles', 'related posts', 'related stories',
      'related news', 'about the author', 'more stories', 'more from *', 'you may also like', 'you might also like',
      'recommended for you', 'recommended', 'popular posts', 'recent posts', 'most popular', 'most read', 'latest news',
      'latest posts', 'tags', 'tags:', 'share this article', 'share this:', 'read next', 'up next', 'trending', 'join the conversation',
      'post navigation', 'previous post', 'next post', 'categories', 'archives', 'in other news', 'more news', 'what to read next',
      '# comments', 'comments (#)', 'one response', '# responses', 'one thought on *', '# thoughts on *', 'related content',
      'you may also be interested in', 'you might also be interested in', 'more articles', 'more posts', 'popular articles',
      'recent articles', 'latest articles', 'related reading', 'about the authors', 'share this post', 'discussion about this post',
      'comments are closed', 'more like this', 'keep reading', 'explore more', 'further reading:', 'similar posts', 'end of article',
      'end of the article',
      'similar articles', 'other articles', 'you may have missed', 'post tags', 'filed under', 'leave a comment cancel reply',
      'related topics', 'explore related topics', 'related reads', 'top stories', 'popular stories', 'recommended stories',
      'recommended articles', 'recommended posts', 'suggested articles', 'suggested posts', 'read this next', 'read these next',
      'read more articles', 'watch next', 'related videos', 'you might like', 'you may like', 'you might also enjoy',
      'you may also enjoy', 'you\'ll also love', 'editor\'s picks', 'editors\' picks', 'most viewed', 'more for you',
      'more to explore', 'keep exploring', 'from our archives', 'from the archives', 'from the archive', 'recently by *',
      'rights & permissions', 'rights and permissions',
      'popular now', 'trending now', 'latest stories', 'also on *', 'more in *', 'don\'t miss',
      'recommended reading', 'other posts', 'similar stories', 'more stories like this', 'next article', 'previous article', 'article tags',
    ],
    starts: ['tags:', 'tagged:', 'tagged with:', 'filed under:', 'posted in:', 'categories:', 'topics:', 'related topics:', 'post tags:'],
  },
  'teaser-list': {
    lines: [
      'related', 'related articles', 'related posts', 'related stories', 'related news', 'related content', 'related reading',
      'related reads', 'more stories', 'more from *', 'more articles', 'more posts', 'more like this', 'more stories like this',
      'you may also like', 'you might also like', 'you might like', 'you may like', 'you might also enjoy', 'you may also enjoy',
      'you may also be interested in', 'you might also be interested in', 'recommended for you', 'recommended articles',
      'recommended posts', 'recommended stories', 'recommended reading', 'suggested articles', 'suggested posts', 'similar articles',
      'similar posts', 'similar stories', 'other articles', 'other posts', 'read this next', 'read these next', 'read next',
      'what to read next', 'further reading', 'keep reading', 'recent articles', 'recent posts', 'latest articles',
      'latest posts', 'latest stories', 'popular articles', 'popular posts', 'popular stories', 'you may have missed',
    ],
  },
  'table-of-contents': {
    lines: [
      'table of contents', 'contents', 'in this article', 'on this page', 'in this post', 'jump to section', 'jump to:',
      'in this guide', 'article contents', 'toggle table of contents', 'table of contents toggle', 'skip to section',
      'what\'s inside', 'what you\'ll learn', 'page contents', 'content index', 'contents hide', 'table of contents hide',
    ],
  },
}
