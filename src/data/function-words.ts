/**
 * Function words (stopwords) per language: the short closed-class words whose density tells
 * prose from page furniture. Data, not logic.
 *
 * The lists are frequent function words of each language (articles, pronouns, prepositions,
 * conjunctions, auxiliaries, common adverbs), lower-cased. Keys are ISO 639-1 codes. They serve
 * two purposes: the function-word density feature of the line classifier and the prose guard,
 * and the stopword-overlap language detector in `src/classifier/language.ts`.
 *
 * 18 languages: en es fr de pt it nl sv da no fi pl cs ro hu tr id ru.
 */
const w = (s: string): readonly string[] => s.trim().split(/\s+/)

export const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: w('the a an and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your my not no so if than then there which who whom what when where while also has have had do does did will would can could should may might must about into over after before up out more most other some such only'),
  es: w('el la los las un una unos unas y o pero de del a al en con por para que se es son fue era ser no su sus lo le les como más este esta estos estas ese esa hay muy ya también entre sobre cuando donde porque sin hasta desde nos me mi tu'),
  fr: w('le la les un une des et ou mais de du au aux à en dans par pour sur avec que qui ne pas est sont était être il elle ils elles nous vous je on ce cette ces son sa ses leur leurs plus comme se y a ont été aussi entre sans sous après avant'),
  de: w('der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach von vom zu zum zur für über unter ist sind war waren wird werden hat haben nicht kein sich es er sie wir ihr ich auch als wie dass noch nur so'),
  pt: w('o a os as um uma uns umas e ou mas de do da dos das em no na nos nas por para com que se é são foi era ser não seu sua seus suas como mais este esta isso ao aos à também entre sobre quando onde porque sem até'),
  it: w('il lo la i gli le un uno una e o ma di del della dei delle a al alla in nel nella con per su da che si è sono era essere non suo sua suoi come più questo questa anche tra fra quando dove perché senza'),
  nl: w('de het een en of maar van in op aan bij met voor naar uit over door dat die dit deze is zijn was waren wordt worden heeft hebben niet geen zich er hij zij wij we ik ook als om te tot'),
  sv: w('och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara blev detta ingen'),
  da: w('og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan man når år siger hun under også efter eller nu sin der ved mod skal skulle kommer ud får findes være havde alle andre meget end her da siden over kun blev dette ingen mig hvad nogle mellem'),
  no: w('og i at det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan man når år sier hun under også etter eller nå sin der ved mot skal skulle kommer ut får finnes være hadde alle andre mye enn her da siden over bare ble dette ingen meg hva noen mellom'),
  fi: w('ja on ei se että hän oli ovat olla kun mutta tai myös jos niin kuin sen sitä siitä joka jotka mikä mitä tämä tämän nämä ne he me te minä sinä vain jo vielä nyt sekä koska kanssa mukaan noin kaikki hänen heidän olisi voi ole ollut tässä siinä'),
  pl: w('i w na z że się nie do to jest o jak ale co od po za dla jego przez już tak czy być by go tylko jej są był była było może oraz także który która które ich gdy też pod przy tym tego ten ta te bardzo więc jednak'),
  cs: w('a v na se že je to s z do o i jako by být ale jsou byl bylo byla pro po k od za jeho jejich který která které tak také jen už při mezi nebo však když ve ze není než již podle této tento tato'),
  ro: w('și în de la cu pe a că nu este sunt fost din un o mai care ce pentru se să lui ei lor al ale fie dar sau iar acest această acestei după prin despre între fără până cum când unde foarte'),
  hu: w('a az és hogy nem is egy de meg van volt csak már még ez azt mint ha vagy mert el sem kell lesz lehet pedig ki be fel le után alatt között szerint minden nagyon úgy így akkor amely ami aki voltak vannak'),
  tr: w('ve bir bu da de için ile olarak çok daha en ne gibi ama ya o şu kadar sonra önce her mi mı mu mü olan olduğu değil var yok ise ki veya hem ancak çünkü göre bile tüm bütün bunu bunun buna bunlar şey onun ona onu biz siz onlar benim bizim sizin artık ayrıca yani eğer diye oldu olacak olduğunu ediyor edildi yeni kendi bazı birçok hiç şimdi henüz arasında üzerinde karşı böyle nasıl neden hangi'),
  id: w('yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh sebagai karena bisa ada saat telah sudah lebih mereka kami kita dia ia secara harus tersebut namun hanya seperti masih belum antara setelah'),
  ru: w('и в не на что с он как это по но из у за от то же так все она его к ее был для вы мы они бы о были до еще уже или ни если только при под когда который которые также есть было чтобы может этого этом после через'),
}

/**
 * Function characters of Chinese and Japanese, which write no spaces between words: the
 * classifier counts them inside runs of ideographs and kana, whatever the document's language
 * (no other script uses these characters). Chinese structural particles, aspect markers,
 * prepositions, conjunctions, pronouns and negations; Japanese case and topic particles and
 * the kana of common verb endings. Characters that begin frequent content words (上 of 上海,
 * 中 of 中国, 一, 有) are left out, so that menu items and names keep a density near 0.
 */
export const CJK_FUNCTION_CHARS: readonly string[] = [
  ...'的了是在和与及也都就而把被从对向为以于将这那其之着过还又或但并不没很我你他她它们该此所因如由让给比则已更最吗呢吧个',
  ...'與從對為於將這著過還並沒們該讓給則嗎個麼',
  ...'のはがをにでともへやかなたてしだすれらう',
]

/**
 * Korean writes particles and verb endings onto the word before the space (서울시는, 한강에서,
 * 밝혔다): a Korean word ending in one of these syllables counts as a function word, so that
 * Korean prose reads as prose (menu words such as 뉴스, 정치, 로그인, 고객센터 end in none of them).
 * Topic, subject-object, locative, genitive and comitative particles, and the declarative and
 * connective endings.
 */
export const KOREAN_ENDINGS: readonly string[] = [...'은는을를에의와과로서다며']

const cache = new Map<string, ReadonlySet<string>>()

/** The function words of one language as a set, or of all known languages when `lang` is omitted. */
export function functionWordSet(lang?: string): ReadonlySet<string> {
  const key = lang ?? '*'
  let set = cache.get(key)
  if (!set) {
    const lists = lang ? [FUNCTION_WORDS[lang] ?? []] : Object.values(FUNCTION_WORDS)
    set = new Set(lists.flat())
    cache.set(key, set)
  }
  return set
}
