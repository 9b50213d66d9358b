import type { PhraseTable } from './types.js'

/** English page furniture. */
export const en: PhraseTable = {
  'comment-form': {
    lines: [
      'leave a reply', 'leave a comment', 'leave a reply cancel reply', 'post a comment', 'add a comment', 'add comment',
      'write a comment', 'join the discussion', 'join the conversation', 'cancel reply', 'post comment', 'submit comment',
      'comments are closed', 'comments are closed for this article', 'comments', '# comments', '# comment', 'no comments',
      'no comments yet', 'be the first to comment', 'show comments', 'view comments', 'load comments', 'reply', 'replies',
      'log in to comment', 'login to comment', 'log in to reply', 'you must be logged in to post a comment',
      'login to facebook to comment', 'log in to facebook to comment', 'comment', 'disqus', 'comments powered by disqus',
      'please enable javascript to view the comments powered by disqus', 'name *', 'email *', 'website', 'name', 'email',
      'notify me of new posts by email', 'notify me of follow-up comments by email', 'sort by', 'newest', 'oldest',
    ],
    starts: [
      'your email address will not be published', 'save my name, email, and website in this browser',
      'required fields are marked', 'you must be logged in to post a comment', 'this site uses akismet to reduce spam',
      'notify me of new posts', 'notify me of follow-up comments', 'we welcome comments', 'comment policy:',
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
    ],
  },
  'newsletter-plug': {
    lines: ['subscribe', 'subscribe now', 'sign up', 'sign up now', 'newsletter', 'subscribe to our newsletter', 'join our newsletter', 'get our newsletter'],
    starts: [
      'sign up: subscribe', 'sign up for our', 'sign up to our', 'sign up to receive', 'subscribe to our', 'subscribe to the',
      'subscribe for', 'get the latest * delivered', 'get the latest * in your inbox', 'get the latest * straight to your inbox',
      'get our free', 'join our mailing list', 'join * subscribers', 'stay informed', 'stay up to date', 'never miss a story',
      'enter your email', 'by subscribing, you agree', 'you have successfully subscribed', 'thank you for subscribing',
      'thanks for subscribing', 'want more * delivered', 'delivered to your inbox',
    ],
  },
  'donation-plug': {
    lines: ['donate', 'donate now', 'support us', 'become a member', 'become a patron', 'make a donation'],
    starts: [
      'please make a * donation', 'please consider donating', 'please consider supporting', 'please consider making a donation',
      'please support', 'consider supporting', 'support independent journalism', 'support our journalism',
      'support local journalism', 'support quality journalism', 'support our work', 'become a member', 'become a patron',
      'donate today', 'donate now', 'make a donation', 'if you value our', 'if you like our work', 'if you enjoyed this article, please',
      'we rely on readers like you', 'your support helps', 'help us keep', 'chip in',
    ],
  },
  'social-plug': {
    lines: [
      'share', 'share this', 'share this:', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
      'share on x', 'share on linkedin', 'share via email', 'tweet', 'pin it', 'pin', 'whatsapp', 'email', 'print', 'facebook',
      'twitter', 'linkedin', 'reddit', 'telegram', 'pinterest', 'instagram', 'youtube', 'tiktok', 'like this:', 'like this',
      'like', 'loading...', 'loading…', 'loading', 'copy link', 'link copied', 'share article', 'follow us', 'follow',
      'facebook twitter', 'facebook twitter linkedin', 'facebook twitter email', 'share facebook twitter',
    ],
    starts: [
      'connect with us', 'follow us on', 'follow us:', 'follow * on facebook', 'follow * on twitter', 'follow * on instagram',
      'like us on facebook', 'find us on facebook', 'join us on', 'share this:', 'share on:', 'click to share on',
      'click to email', 'click to print', 'opens in new window',
    ],
  },
  'image-caption': {
    lines: ['file photo', 'photo', 'image', 'getty images', 'ap photo', 'reuters', 'afp', 'shutterstock', 'istock', 'pexels', 'unsplash', 'enlarge this image', 'expand', 'view image', 'view gallery', 'image source', '(getty images)', 'photo credit'],
    starts: [
      'photo:', 'photo by', 'photo credit', 'photo courtesy', 'photos:', 'photograph:', 'photograph by', 'picture:',
      'image:', 'image credit', 'image courtesy', 'image source:', 'image via', 'images:', 'credit:', 'caption:', 'illustration:',
      'illustration by', 'file photo', '(ap photo', 'ap photo/', '(photo:', '(photo by', '(image:', '(getty', '[image', 'featured image',
      'header image', 'top image', 'lead image', 'cover image', 'photo illustration',
    ],
  },
  'breadcrumb': {
    starts: ['you are here:', 'you are here'],
  },
  'theme-placeholder': {
    lines: [
      'physical address', '304 north cardinal st.', '304 north cardinal st', 'dorchester center, ma 02124',
      'just another wordpress site', 'proudly powered by wordpress', 'powered by wordpress', 'hello world!',
      'sample page', 'uncategorized', 'theme by *', 'wordpress theme by *', '* theme by *', 'designed by *', 'powered by *',
      'lorem ipsum', 'your address here', 'your company name',
    ],
    starts: [
      'lorem ipsum dolor sit amet', 'proudly powered by', 'copyright © * | powered by', 'welcome to wordpress. this is your first post',
    ],
  },
  'source-credit': {
    starts: [
      'original source:', 'source:', 'sources:', 'originally published at', 'originally published on', 'originally published in',
      'originally published by', 'this article originally appeared on', 'this article originally appeared in',
      'this article was originally published on', 'this article was originally published by', 'this article first appeared on',
      'this story originally appeared on', 'this story was originally published', 'republished with permission', 'via:',
      'this article is republished from', 'this post originally appeared on', 'read the original article',
    ],
  },
  'legal': {
    lines: [
      'all rights reserved', 'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy',
      'cookie settings', 'cookies settings', 'accept cookies', 'accept all cookies', 'accept all', 'reject all', 'manage cookies',
      'do not sell my personal information', 'do not sell or share my personal information', 'your privacy choices',
      'privacy policy | terms of use', 'privacy policy | terms of service', 'terms of use | privacy policy', 'sitemap', 'contact us',
      'about us', 'imprint', 'accessibility', 'accessibility statement', 'ad choices', 'adchoices',
    ],
    starts: [
      '©', '(c) #', 'copyright ©', 'copyright #', 'copyright (c)', 'all rights reserved', 'we use cookies', 'this website uses cookies',
      'this site uses cookies', 'by continuing to use this site', 'by using this site, you agree', 'by using this website, you agree',
      'this material may not be published, broadcast, rewritten', 'privacy policy |', 'terms of use |', 'terms of service |',
    ],
  },
  'ad-widget': {
    lines: [
      'advertisement', 'advertisements', 'advertising', 'sponsored', 'sponsored content', 'paid content', 'promoted', 'ad',
      'ads', 'story continues below', 'story continues below advertisement', 'article continues below advertisement',
      'article continues below', 'continue reading below', 'scroll to continue with content', 'skip to content',
      'skip to main content', 'skip to navigation', 'jump to', 'jump to recipe', 'menu', 'search', 'close', 'open menu',
      'close menu', 'toggle navigation', 'back to top', 'top', 'subscribe to continue reading', 'already a subscriber? log in',
      'already a subscriber? sign in', 'already a subscriber?', 'log in', 'sign in', 'login', 'register', 'log out',
      'remove ads', 'report this ad', 'report an error', 'listen to this article', 'listen to article', 'audio',
      'this content is for subscribers only', 'create a free account',
    ],
    starts: [
      'subscribe to continue reading', 'already a subscriber?', 'this article is for subscribers', 'this content is only available to',
      'to continue reading', 'you have reached your limit of free articles', 'you\'ve reached your limit of free articles',
      'register to continue reading', 'sign in to continue reading', 'create a free account to continue',
    ],
  },
  'counter': {
    lines: [
      '# comments', '# comment', '# shares', '# share', '# likes', '# like', '# views', '# view', 'views: #', 'views #',
      '# min read', '# mins read', '# minute read', '# minutes read', '# min', 'reading time: # minutes', 'reading time: # min',
      '# reactions', '# replies', '# reads', 'shares: #', 'likes: #', '# retweets', '# votes', 'rating: #', '# responses',
    ],
  },
  'trailing-chrome': {
    lines: [
      'leave a reply', 'leave a comment', 'comments', 'related', 'related articles', 'related posts', 'related stories',
      'related news', 'about the author', 'more stories', 'more from *', 'you may also like', 'you might also like',
      'recommended for you', 'recommended', 'popular posts', 'recent posts', 'most popular', 'most read', 'latest news',
      'latest posts', 'tags', 'tags:', 'share this article', 'share this:', 'read next', 'up next', 'trending', 'join the conversation',
      'post navigation', 'previous post', 'next post', 'categories', 'archives', 'in other news', 'more news', 'what to read next',
    ],
  },
}
