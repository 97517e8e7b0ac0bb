import type { EventFormat } from './types.js';
import { familyOf } from './eventFamilies.js';
import { HAN } from '../text/scripts.js';
import {
  FRENCH_CUES,
  holdsFrenchFuture,
  FRENCH_PLUPERFECT_OF_DAY,
  FRENCH_PLUPERFECT_OF_SEQUENCE,
  FRENCH_QUICK,
  FRENCH_RETROSPECT,
} from './frenchForms.js';
import {
  VIETNAMESE_CUES,
  holdsVietnameseFuture,
  VIETNAMESE_INVITED_TO,
  holdsVietnameseCueWord,
  VIETNAMESE_RETROSPECT,
} from './vietnameseForms.js';

/** A word or phrase in a sentence that reports an event, with offsets into the sentence. */
export interface EventCue {
  format: EventFormat;
  start: number;
  end: number;
  /** Announced, not yet held: "will pay a state visit", "is set to visit", "将于…访问". */
  planned: boolean;
  /** "分别会见", "met separately with": one meeting per person named, not one with all of them. */
  separately: boolean;
  /** A look back at a recent event ("不久前…会见", "recently met"): it names a place, never a date. */
  retrospective?: boolean;
}

interface CuePattern {
  format: EventFormat;
  pattern: RegExp;
  /**
   * A word the pattern cannot match without, for the Chinese and French patterns (English ones give
   * {@link words}, and this too when the pattern needs a word beside those): a sentence lacking it
   * is not run through the pattern.
   */
  needs?: RegExp;
  /**
   * Lower-case words of which every match holds one, as the pattern's case rule reads them: a
   * sentence whose lower case holds none is not run through the pattern. A look for a plain word
   * in a string lowered once per sentence costs far less than the pattern, whose word boundaries
   * are tried at every offset. (No word has an "s" or a "k" where the pattern ignores case under
   * the `u` flag, which also reads "ſ" and the Kelvin sign as those letters.)
   */
  words?: readonly string[];
}

/**
 * A word describing the event noun after a verb ("a", "their", "first", "closed-door", "round of"):
 * any word but one that opens a clause, a place or a time, which would reach past the verb's
 * object into another phrase.
 */
const DESCRIBING_WORDS = String.raw`(?:(?!(?:in|at|on|by|for|with|that|which|where|while|when|and|but|or|to|as|after|before|during|since|over|into|been|being|was|were|is|are)\s)[\w'’-]+\s+)`;

/**
 * The head of an encounter held from afar, up to its medium: "spoke", "talked for 90 minutes",
 * "held talks on Monday", then "by", "over" or "via" and the medium (a phone, a video link).
 */
const SPOKE_FROM_AFAR = String.raw`\b(?:spoke|spoken|speak|speaks|talked|talk|talks|conferred|(?:held|hold|holds)\s+talks)\s+(?:[^.;]{0,80}?\s)?`;

/**
 * The word {@link followingACeremony}'s patterns look back for: a sentence without it is not run
 * through them, whose look back of up to 200 characters is tried at every offset.
 */
const CEREMONY_WORD = /ceremon/i;

/**
 * "…, followed by (official) talks", "… before their talks": `word` ("talks", "meeting") after a
 * ceremony in the same sentence. "Before their talks" tells talks of the ceremony's two sides held
 * after it; "before the talks" refers back to talks already reported, and is no cue.
 */
function followingACeremony(word: string): RegExp {
  return new RegExp(
    String.raw`(?<=\bceremon(?:y|ies|ial)\b[^.;]{0,200}?)\b(?:followed\s+by\s+(?:(?:a|an|the)\s+)?|before\s+their\s+)(?:[\w-]+\s+){0,2}?${word}\b`,
    'gi',
  );
}

/**
 * What follows "a meeting of" or "a meeting on" when a body met rather than two sides: "the
 * Politburo", "the Central Military Commission", "the work of the standing committee", "its
 * members". The sidelines or margins of a gathering are where two sides meet, whatever the
 * gathering.
 */
const MEETING_BODY = String.raw`(?!(?:the\s+)?(?:sidelines|margins?)\b)(?:[\w'’-]+\s+){0,6}?(?:Politburo|politburo|[Cc]ommittee|[Cc]ouncil|[Ss]ession|[Cc]abinet|[Cc]ommission|[Ss]ecretariat|[Pp]residium|[Pp]lenum|[Bb]oard|[Gg]overnment|[Pp]arty|members|leadership|cadres|officials|delegates|deputies)s?\b`;

/**
 * English cues, most specific first: where two overlap, the earlier pattern wins ("held a
 * virtual meeting with" is a virtual meeting, not a meeting). Bare nouns ("the meeting") are
 * not cues: they refer back to an event already reported, and would otherwise make an event
 * out of every "during the meeting".
 */
const ENGLISH: readonly CuePattern[] = [
  {
    format: 'virtual meeting',
    words: ['virtual', 'video', 'online'],
    pattern:
      /\b(?:held|holds|hold|holding|had|have|has)\s+(?:a\s+|an\s+)?(?:(?:virtual|video|online)\s+(?:meeting|summit|talks|call|conversation|conference)|video-?conference)\b/gi,
  },
  {
    format: 'virtual meeting',
    words: ['virtual', 'video'],
    pattern: /\b(?:virtual|video)\s+(?:meeting|summit|call|conference call|talks)\s+(?:with|between)\b/gi,
  },
  // "was welcomed with full military honours at the Presidential Palace", "received him with a
  // guard of honour", "greeted with a 21-gun salute", and in American English "greeted Obama with a
  // military honor guard", "welcomed Abe with arrival honors": the honours are the ceremony, named
  // or not; and the honours in a clause of the place ("received him at the airport, where he was
  // given a 21-gun salute and a guard of honour"). A guard of honour inspected alone, or honours
  // paid to the dead, are no welcome. Ranked before "received" as a meeting, which the honours
  // make a ceremony.
  {
    format: 'welcome ceremony',
    words: ['honor', 'honour', 'salute'],
    pattern:
      /\b(?:welcomed|received|greeted)\s+(?:(?:(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?\s)?with|(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?,\s+where\s+(?:he|she|they)\s+(?:was|were)\s+(?:given|accorded|greeted\s+with))\s+(?:(?:a|an|the)\s+)?(?:(?:full|state|official)\s+)?(?:military\s+honou?rs|guard\s+of\s+honou?r|(?:military\s+)?honou?r\s+guard|arrival\s+honou?rs|(?:\d{1,2}|nineteen|twenty-one)[- ]gun\s+salute)\b/gi,
  },
  // "Macron welcomed Xi at the Arc de Triomphe, where the two leaders reviewed troops of the
  // Republican Guard": a guest welcomed somewhere the guest, or both, then review troops or a guard
  // of honour is welcomed with honours. Troops reviewed with no welcome before are no welcome.
  {
    format: 'welcome ceremony',
    words: ['reviewed', 'inspected'],
    pattern:
      /\b(?:welcomed|received|greeted)\s+(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?,\s+where\s+(?:he|she|they|the\s+two\s+(?:leaders|presidents|prime\s+ministers))\s+(?:(?:jointly|together)\s+)?(?:reviewed|inspected)\s+(?:(?:a|an|the)\s+)?(?:troops|(?:military\s+)?guard\s+of\s+honou?r|(?:military\s+)?honou?r\s+guard)\b/gi,
  },
  // "received Xi at an official welcoming ceremony at Istana Negara", "received Jokowi with a
  // welcoming ceremony", "greeted Moon with an official welcoming ceremony", "received Modi at the
  // palace with a ceremonial welcome": the guest taken in at or with a ceremony named a welcome.
  // "received the award at a ceremony" is none: the ceremony must be named a welcome. Ranked
  // before "received" as a meeting, which the ceremony makes a welcome.
  {
    format: 'welcome ceremony',
    words: ['ceremony', 'ceremonial'],
    pattern:
      /\b(?:welcomed|received|greeted)\s+(?:(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?\s)?(?:at|with)\s+(?:a|an|the)\s+(?:(?:grand|official|solemn|formal|full|state)\s+)?(?:(?:welcome|welcoming)\s+ceremony|ceremonial\s+welcome)\b/gi,
  },
  // "Shaikh Mohammad Bin Rashid and Shaikh Mohammad Bin Zayed received President Xi at an official
  // ceremony at the palace": a guest received or welcomed at a ceremony. The object is a person
  // (a name, a title, a pronoun): "received the Order of Zayed at a ceremony" is no welcome.
  {
    format: 'welcome ceremony',
    words: ['ceremony'],
    pattern:
      /\b(?:welcomed|received)\s+(?=[A-Z]|(?:him|her|them|his|their)\b)(?:(?:[^.;,]|(?<=\b[A-Z])\.){1,90}?\s)?at\s+(?:a|an|the)\s+(?:grand|official|solemn|formal|state)\s+ceremony\b/g,
  },
  // "welcomed Medvedev at a ceremony outside the Great Hall of the People": a guest named, with a
  // capital, or a pronoun, welcomed at a ceremony of no other name, as one welcomed "with" it is.
  // A thing welcomed at a ceremony ("welcomed the agreement at a ceremony") is no guest, nor is a
  // ceremony of another name ("welcomed Lee at a signing ceremony").
  {
    format: 'welcome ceremony',
    words: ['ceremony'],
    pattern:
      /\bwelcomed\s+(?:the\s+(?:visiting\s+)?)?(?:\p{Lu}|(?:him|her|them)\s)[^.;,'’]{0,60}?\s*\bat\s+(?:a|an|the)\s+(?:(?:grand|official|solemn|formal|full|state)\s+)?ceremony\b/gu,
  },
  // "welcomed US President Barack Obama at the Merdeka Palace", "welcomed Xi at the White House":
  // a guest named, with a capital, welcomed at a seat of state is the welcome of a state's guest,
  // ceremony named or not. A guest welcomed at an airport or a hotel is greeted, and a thing
  // welcomed ("welcomed the agreement", "welcomed Obama's remarks at the White House") is no guest.
  {
    format: 'welcome ceremony',
    words: ['welcomed'],
    pattern:
      /\bwelcomed(?=\s+(?:the\s+(?:visiting\s+)?)?\p{Lu}[^.;,'’]{0,60}?\s+at\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Palace|House|Hall|Bhavan|Kremlin)\b)/gu,
  },
  // "spoke by video link for an hour", "held talks via videoconference on Monday": the phone
  // call's shape over a video link, an encounter held from afar. A video message is no encounter.
  {
    format: 'virtual meeting',
    words: ['video'],
    pattern: new RegExp(
      String.raw`${SPOKE_FROM_AFAR}(?:by|over|via|through)\s+(?:a\s+)?video(?:\s*link|\s*conference|\s+call)?(?![\w-])(?!\s+(?:message|address|speech|statement|remarks)\b)`,
      'gi',
    ),
  },
  {
    format: 'phone call',
    words: ['phone'],
    pattern:
      /\b(?:had|has|have|held|holds|made|having|hold)\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call|talks?)\b/gi,
  },
  {
    format: 'phone call',
    words: ['phone'],
    pattern:
      /\b(?:spoke|spoken|speaks|talked|talks)\s+(?:with|to)\b[^.;]{0,160}?\b(?:on|over|by)\s+(?:the\s+)?(?:tele)?phone\b/gi,
  },
  // "Biden and Xi spoke by phone for more than two hours on Thursday", "talked for 90 minutes by
  // telephone", "held talks over the phone": two sides as one subject, the medium right after the
  // verb or after a length or a day. Not "spoke about the phone call", nor "phone-hacking".
  {
    format: 'phone call',
    words: ['phone'],
    pattern: new RegExp(String.raw`${SPOKE_FROM_AFAR}(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone(?![\w-])`, 'gi'),
  },
  // Not a call named as the cause or topic of something else: "suspended her over her leaked
  // phone call with Hun Sen", "questions about the phone call with Trump".
  {
    format: 'phone call',
    words: ['phone'],
    pattern:
      /\b(?:tele)?phone(?<!\b(?:over|about|regarding|concerning|leaked|recorded|controversial)\s+(?:(?:his|her|their|its|the|a|that)\s+)?(?:[\w-]+\s+)?(?:tele)?phone)\s+(?:call|conversation)\s+(?:with|between)\b/gi,
  },
  // "Modi had telephoned PM Nawaz from Kabul", "phoned the Japanese prime minister": a call made,
  // told by its verb, to a person (a capital or "the" after the verb), not "phoned in a report".
  {
    format: 'phone call',
    words: ['phoned'],
    pattern: /\b(?:tele)?phoned\s+(?=(?:the\s+|his\s+|her\s+)?\p{Lu})/gu,
  },
  { format: 'state visit', words: ['state'], pattern: /\bstate\s+visits?\b/gi },
  {
    format: 'official visit',
    words: ['official'],
    pattern: /\bofficial\s+(?:goodwill\s+|friendly\s+|friendship\s+)?visits?\b/gi,
  },
  { format: 'working visit', words: ['working'], pattern: /\bworking\s+visits?\b/gi },
  // "held their first bilateral talks", "held a productive round of talks", "held wide-ranging
  // official talks": up to four words describe the talks, but no word that starts a clause or a
  // place ("a summit held in Vientiane, where talks ..."). "held a second day of informal talks":
  // the day of talks counted among the days of them, then the words describing them.
  {
    format: 'talks',
    words: ['talks'],
    pattern: new RegExp(
      String.raw`\b(?:held|holds|hold|holding|will hold)\s+(?:(?:a|the|their)\s+(?:second|third|fourth|final|last|closing)\s+day\s+of\s+)?${DESCRIBING_WORDS}{0,4}?talks\b`,
      'gi',
    ),
  },
  { format: 'talks', words: ['talks'], pattern: /\btalks\s+with\b/gi },
  // "held the fourth round of German-Indian government consultations": consultations between two
  // governments, which their leaders hold, are talks. Consultations of another kind ("held
  // political consultations", between deputy ministers; "held consultations with party members")
  // are none.
  {
    format: 'talks',
    words: ['consultations'],
    pattern: new RegExp(
      String.raw`\b(?:held|holds|hold|holding|will hold)\s+${DESCRIBING_WORDS}{0,5}?(?:government|inter-?governmental)\s+consultations\b`,
      'gi',
    ),
  },
  // "agreed Thursday to manage their differences during talks in Beijing": talks reported by
  // what was said in them. "During the talks" (with the article) refers back to talks already
  // reported, like any bare noun, and is no cue.
  { format: 'talks', words: ['during'], pattern: /\bduring\s+(?:their\s+)?talks\b/gi },
  // "reaffirmed their commitment ... in their first face-to-face talks in a year", "signed a treaty
  // on Wednesday during a summit in Pyongyang": talks or a summit the sentence introduces, by its
  // rank or an indefinite article, as what was done at it. "At a summit of the G20", "during an
  // ASEAN summit" (a gathering by its name) and "in their talks" (referring back) are none.
  {
    format: 'talks',
    words: ['talks'],
    pattern:
      /\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:(?:their|his|her)\s+(?:first|second|third|\d+(?:st|nd|rd|th))\s+|an?\s+)(?:[a-z][\w-]*\s+){0,3}?talks\b(?!\s+(?:of|on)\b)/gu,
  },
  {
    format: 'meeting',
    words: ['summit'],
    pattern:
      /\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:(?:their|his|her)\s+(?:first|second|third|\d+(?:st|nd|rd|th))\s+|an?\s+)(?:[a-z][\w-]*\s+){0,3}?summit\b(?!\s+(?:of|on)\b)/gu,
  },
  // "agreed at their meeting in Beijing on Friday to open a new era": a meeting reported by what
  // was agreed at it, as talks are "during talks", when a day of this week or today follows it in
  // its clause. Without one ("commitments that Xi and Biden made at their summit in California")
  // it recalls the meeting rather than reports it. "At the meeting" refers back, as any bare
  // noun does; "at their last meeting", "their previous summit" and "their next meeting" name another.
  // The day may come before, with the verb of what was agreed: "agreed Friday to raise trade ...
  // during their summit at the Presidential Palace"; a day before another verb ("recalled on
  // Monday the pledges made at their summit") dates the recalling, not the meeting.
  {
    format: 'meeting',
    words: ['meeting', 'summit'],
    pattern:
      /(?:\b(?:at|during)\s+their\s+(?!(?:last|previous|earlier|next|upcoming|coming|planned)\b)(?:[\w-]+\s+){0,2}?(?:meeting|summit)\b(?=[^.;,]{0,60}?\b(?:on\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|today|yesterday|this\s+(?:morning|afternoon|evening))\b)|\b(?:at|during)(?<=\b(?:agreed|pledged|vowed|decided|promised|committed|reaffirmed)\s+(?:on\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday)\b[^.;]{0,120}?\b(?:at|during))\s+their\s+(?!(?:last|previous|earlier|next|upcoming|coming|planned)\b)(?:[\w-]+\s+){0,2}?(?:meeting|summit)\b)/gi,
  },
  // "agreed on Tuesday to deals ... after talks at Hyderabad House": talks reported by what came of
  // them, as "during talks" is. "After the talks" refers back, and is no cue.
  {
    format: 'talks',
    words: ['after', 'following'],
    pattern:
      /\b(?:after|following)\s+(?:(?:bilateral|official|formal|wide-ranging|delegation-level|summit)\s+)?talks\b/gi,
  },
  // "had separate meetings with A and B": one meeting with each person named after it.
  {
    format: 'meeting',
    words: ['separate'],
    pattern: /\b(?:had|has|have|having|held|holds|hold|holding)\s+separate\s+(?:meetings|audiences)\s+with\b/gi,
  },
  // "Kishida also held a brief conversation with US President Joe Biden on Thursday": a
  // conversation in person is a meeting; one by telephone or video is a call (above).
  {
    format: 'meeting',
    words: ['conversation'],
    pattern:
      /\b(?:held|had|holds|has|hold|have)\s+(?:a|an)\s+(?:(?!(?:tele)?phone\b|video\b|virtual\b|online\b)[a-z-]+\s+){0,2}?conversation\s+with\b/gu,
  },
  // "paid a courtesy call on the President": a meeting with the one called on, not a visit.
  {
    format: 'meeting',
    words: ['courtesy'],
    pattern: /\b(?:pay|pays|paid|paying)\s+(?:a\s+)?courtesy\s+(?:call|visit)s?\s+(?:on|to)\b/gi,
  },
  // "also called on President Bounnhang at the Presidential Palace": a call on a person named
  // next is a meeting. Case-sensitive, and not "called on China to ..." or "called on both
  // sides to ...": a call on someone to do something is an appeal, not a meeting.
  {
    format: 'meeting',
    words: ['call'],
    pattern: /\b(?:[Cc]alled|[Cc]alls|[Cc]alling|will call)\s+on\s+(?=(?:the\s+)?\p{Lu})(?![^.;]*?\bto\s+\p{Ll})/gu,
  },
  // "was received by President X": the same meeting told from the guest's side; the guest
  // stands before the cue and the hosts after it.
  // "was received at Qasr Al Watan by", "was hosted on Wednesday by": a place or a day may stand
  // between the verb and its agent, within the clause.
  {
    format: 'meeting',
    words: ['received', 'hosted'],
    pattern:
      /\b(?:was|were|is|are|being)\s+(?:(?:also|later|then|subsequently)\s+)?(?:received|hosted)\s+(?:[^.;,:]{1,60}?\s)?by\b/gi,
  },
  // "has secured annual talks ... after meeting Premier Li Keqiang at the Great Hall of the People
  // yesterday", "before meeting with Modi": an encounter told in a clause of time, its subject the
  // sentence's. Case-sensitive: the person met is named ("before meeting reporters" is none).
  {
    format: 'meeting',
    words: ['meeting'],
    pattern: /\b(?:[Aa]fter|[Bb]efore|[Ww]hile)\s+meeting\s+(?:with\s+)?(?=\p{Lu}|(?:the|his|her)\s+\p{Lu})/gu,
  },
  // "received Xi", "received the Vietnamese Prime Minister", wire copy's "received here today Crown
  // Prince Mohammed bin Salman": a host receiving a named guest. Case-sensitive, so that "received
  // vaccines" or "received a letter" is no meeting; an order or a medal received is an honour, not
  // a guest.
  {
    format: 'meeting',
    words: ['receiv'],
    pattern:
      /\b(?:received|receives|receiving|will receive)\s+(?:(?:here\s+)?(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\s+|here\s+)?(?:the\s+(?:visiting\s+)?)?(?=\p{Lu})(?!(?:Order|Medal|Award|Prize|Title|Certificate|Letter|Message)\b)/gu,
  },
  // "Mr Lee hosted Mr Trump at the Istana for a meeting and a working lunch": a host taking in a
  // named guest for a meeting or a meal, as "received" is. Case-sensitive: the guest is named.
  {
    format: 'meeting',
    words: ['hosted', 'hosts'],
    pattern:
      /\bhost(?:ed|s)\s+(?:the\s+(?:visiting\s+)?)?(?=\p{Lu})(?!(?:Summit|Conference|Forum|Games|Olympics)\b)(?=[^.;]{1,80}?\bfor\s+(?:a|an)\s+(?:(?:bilateral|working|private|official|one-on-one)\s+)?(?:meeting|talks|lunch|luncheon|dinner)\b)/gu,
  },
  // "hosted a reception for the ambassador": a host receiving a guest, as "received" is.
  {
    format: 'meeting',
    words: ['reception'],
    pattern: /\b(?:hosted|hosts|held|holds|gave|gives)\s+(?:a\s+)?reception\s+for\b/gi,
  },
  // "co-chaired the 13th meeting of the Steering Committee": the co-chairs met.
  {
    format: 'meeting',
    words: ['chair'],
    pattern: /\bco-?chair(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,12}?(?:meeting|session)\b/giu,
  },
  { format: 'meeting', words: ['met', 'meet'], pattern: /\b(?:met|meets|meeting)\s+(?:separately\s+)?with\b/gi },
  // "Li Qiang will meet To Lam on Tuesday", "is scheduled to meet Trong on Friday": a meeting
  // announced. "Is expected to meet" is a guess, not a schedule, and is no cue.
  {
    format: 'meeting',
    words: ['meet'],
    pattern:
      /\b(?:will|shall)\s+(?:also\s+)?meet(?:\s+with)?\b|\b(?:is|are)\s+(?:scheduled|set|due|slated)\s+to\s+(?:also\s+)?meet(?:\s+with)?\b/gi,
  },
  // "met the Chinese leader at Manas International Airport": a guest met at the airport is
  // greeted on arrival, not received for a meeting.
  {
    format: 'meeting',
    words: ['met'],
    pattern:
      /\bmet\b(?!\s+(?:the\s+)?(?:demand|needs?|target|goals?|criteria|requirements?|expectations?))(?![^.;,]{0,80}?\bat\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:airport|air\s+base|airfield)\b)/gi,
  },
  {
    format: 'meeting',
    words: ['meeting'],
    pattern: /\b(?:held|holds|hold)\s+(?:a\s+)?(?:bilateral\s+)?meeting\s+with\b|\bmeeting\s+between\b/gi,
  },
  // "Trump and Kim shook hands at the Metropole hotel", "shook hands with Xi": two people meeting,
  // as "met" tells it; shaking hands with no one named ("with well-wishers") has no counterpart.
  { format: 'meeting', words: ['shook', 'shak'], pattern: /\b(?:shook|shakes?|shaking)\s+hands\b/gi },
  // "X and Y held a historic meeting in San Francisco", "held a closed-door meeting on the
  // sidelines of the summit": not "held a meeting of the Politburo" nor "a meeting on the work
  // of the standing committee", where a body met, not two sides.
  {
    format: 'meeting',
    words: ['meeting', 'summit'],
    pattern: new RegExp(
      String.raw`\b(?:held|had|holds|hold)\s+${DESCRIBING_WORDS}{0,3}?(?:meeting|summit)\b(?!\s+(?:of|on)\s+${MEETING_BODY})`,
      'gi',
    ),
  },
  {
    format: 'signing',
    words: ['sign', 'inked', 'inks'],
    pattern:
      /\bwitness(?:ed|es)?\s+the\s+signing\b|\bsigning\s+(?:of|ceremony)\b|\b(?:signed|signs|inked|inks)\b|\bto\s+be\s+signed\b/gi,
  },
  {
    format: 'letter',
    words: ['letter', 'message', 'telegram'],
    pattern:
      /\b(?:sent|sends|send|exchanged|exchange)\s+(?:a\s+)?(?:congratulatory\s+|heartfelt\s+)?(?:letters?|messages?|telegrams?)\b|\bcongratulatory\s+(?:letters?|messages?)\b/gi,
  },
  // "Trump sent Xi a letter", "wrote him a congratulatory message": the recipient, a name or a
  // pronoun, between the verb and the letter.
  {
    format: 'letter',
    words: ['letter', 'message', 'telegram'],
    pattern:
      /\b(?:sent|sends|send|wrote|writes)\s+(?:him|her|them|(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)\s*(?:a|an)\s+(?:(?:congratulatory|heartfelt|personal|handwritten)\s+)?(?:letter|message|telegram)\b/gu,
  },
  {
    format: 'welcome ceremony',
    words: ['ceremony'],
    pattern:
      /\b(?:held|holds|hosted|hosts|chaired|chairs|presided\s+over|following|after|before)\s+(?:a\s+|an\s+|the\s+)?(?:grand\s+|official\s+|solemn\s+|formal\s+)?(?:welcome|welcoming)\s+ceremony(?:\s+for\b)?/gi,
  },
  // "Trong was welcomed by Xi with a ceremony at the Great Hall": the passive of "held a welcome
  // ceremony for". Without a ceremony in the sentence ("was welcomed by officials at the
  // airport") a welcome is a greeting, not an event.
  {
    format: 'welcome ceremony',
    words: ['ceremony'],
    pattern:
      /\b(?:was|were|is|are|been|being)\s+(?:warmly\s+|officially\s+|formally\s+)?welcomed\s+by\b(?=[^.;]{0,160}\bceremony\b)/gi,
  },
  // "Dung was welcomed at an official ceremony at Rashtrapati Bhavan, ..., hosted by President
  // Mukherjee and Prime Minister Modi": the same passive with the ceremony named before its hosts.
  // Needs "hosted by"; a ceremony with no host named ("was welcomed at a ceremony") is left alone.
  {
    format: 'welcome ceremony',
    words: ['hosted'],
    pattern:
      /\b(?:was|were|is|are|been|being)\s+(?:warmly\s+|officially\s+|formally\s+)?welcomed\s+(?:at|with)\s+(?:a|an|the)\s+(?:(?:grand|official|solemn|formal|state)\s+)?(?:(?:welcome|welcoming)\s+)?ceremony\b(?=[^.;]{0,160}\bhosted\s+by\b)/gi,
  },
  // "Xi had earlier welcomed him with a ceremony and military honours", "welcomed U.S. President
  // Trump with a grand ceremony" (an initial's dot does not end the object): the active voice; and
  // "Trump ... was greeted with an official welcome ceremony", the guest greeted in the passive. A
  // welcome without a ceremony ("welcomed the delegation at the airport") is a greeting. Ranked
  // after the passive, which keeps "was welcomed by ... with a ceremony" as its own.
  {
    format: 'welcome ceremony',
    words: ['ceremony'],
    pattern:
      /\b(?:welcomed|(?<=\b(?:was|were)\s+)(?:greeted|received))\s+(?:(?:[^.;,]|(?<=\b[A-Z])\.){1,90}?\s)?with\s+(?:a|an|the)\s+(?:(?:grand|official|solemn|formal|full|red-carpet|elaborate|lavish|colou?rful|traditional|glittering)\s+)?(?:(?:welcome|welcoming|military|arrival)\s+)?ceremony\b/gi,
  },
  // The welcome as a noun, in every phrasing of its giving: "hosted a ceremonial welcome for",
  // "welcomed Modi at the White House with a ceremonial welcome", "was accorded a ceremonial
  // welcome", "gave Putin a red-carpet welcome", "received a red carpet welcome". A warm welcome
  // alone is a greeting.
  {
    format: 'welcome ceremony',
    words: ['ceremonial', 'carpet'],
    pattern:
      /\b(?:with|held|holds|hosted|hosts|gave|gives|given|accorded|accords|received|receives|extended|extends)\s+(?:(?:[^.;,]|(?<=\b[A-Z])\.){1,60}?\s)?(?:a|an|the)\s+(?:(?:grand|official|solemn|formal|full|warm|traditional)\s+)?(?:ceremonial|red[- ]carpet)\s+welcome\b/gi,
  },
  // "welcomed Putin with an official ceremony at Chinggis Square on Tuesday, followed by official
  // talks at the State Palace", "held a welcome ceremony for Hun Manet before their talks": the
  // talks the ceremony opened, between the same two. Only after a ceremony: "followed by talks"
  // elsewhere may follow anything.
  {
    format: 'talks',
    words: ['followed', 'before'],
    needs: CEREMONY_WORD,
    pattern: followingACeremony('talks'),
  },
  {
    format: 'meeting',
    words: ['followed', 'before'],
    needs: CEREMONY_WORD,
    pattern: followingACeremony('meeting'),
  },
  {
    format: 'banquet',
    words: ['banquet', 'luncheon', 'dinner'],
    pattern:
      /\b(?:hosted|hosts|held|holds|gave|attended|attends|attending)\s+(?:a\s+)?(?:grand\s+)?(?:(?:state\s+|welcome\s+|welcoming\s+)?(?:banquet|luncheon)|(?:state|welcome|welcoming|official)\s+dinner)\b/gi,
  },
  // "The Senior General hosted a dinner for Wang", "offered a luncheon in honour of the visiting
  // president", "Modi hosted a private dinner for Putin", "hosted a working lunch for": a meal
  // given for a named guest is a banquet whatever its adjectives ("a parliamentary dinner"), an
  // event of its own on its own day; two leaders sharing a private or working dinner stay a
  // meeting at table (below). So is one given "in his honour" ("hosted a parliamentary dinner in
  // his honour"), its guest the one the pronoun stands for, which the words after the cue tell.
  {
    format: 'banquet',
    words: ['dinner', 'banquet', 'lunch'],
    pattern:
      /\b(?:hosted|hosts|hosting|gave|gives|offered|offers|held|holds)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:dinner|banquet|luncheon|lunch)(?:\s+(?:for|in\s+honou?r\s+of)\b|(?=\s+in\s+(?:his|her|their)\s+honou?r\b))/gi,
  },
  // "Biden and first lady Jill Biden hosted Modi for a state dinner Thursday night": the guest
  // between the verb and a state or official meal, as "hosted Modi for an informal dinner" is a
  // meeting at table.
  {
    format: 'banquet',
    words: ['dinner', 'banquet', 'lunch'],
    pattern:
      /\b(?:hosted|hosts|hosting|will\s+host)\s+[^.;]{1,80}?\s+(?:for|at)\s+(?:a|an|the)\s+(?:(?:grand|lavish|gala|glittering)\s+)?(?:state|official|welcome|welcoming)\s+(?:dinner|banquet|luncheon|lunch)\b/gi,
  },
  // "hosted a ceremonial welcome for Obama ... on Sunday, and a state banquet in his honour that
  // evening": a banquet given as the second object of the verb that gave a welcome, an event of
  // its own. Only after such a verb in the same sentence: "talks and a dinner" is no banquet given.
  {
    format: 'banquet',
    words: ['banquet', 'dinner', 'luncheon'],
    pattern:
      /(?<=\b(?:hosted|hosts|gave|gives|offered|offers|held|holds)\s[^.;]{1,160}?),?\s+and\s+(?:a|an)\s+(?:(?:grand|lavish|gala|state|official|welcome|welcoming)\s+){1,2}(?:banquet|dinner|luncheon)\b/gi,
  },
  // "hosted Modi for an informal dinner", "had a private dinner with", "over a working dinner",
  // "went straight to a private dinner with Abe" (the look back over the verb tried only after the
  // meal's adjective),
  // "talks on Tuesday, a day after a four-and-a-half-hour informal dinner" (the day before the
  // day the sentence names): two leaders at table, an encounter of its own. Not merged with the next day's talks: an
  // article dating two encounters on two days tells two events.
  {
    format: 'meeting',
    words: ['dinner'],
    pattern:
      /\b(?:hosted|hosts|hosting)\s+[^.;]{1,80}?\s+for\s+(?:an?\s+)?(?:(?:informal|private|working|small|intimate)\s+)?dinner\b|\b(?:had|held|shared|hosted|attended|over|at)\s+(?:an?\s+)?(?:informal|private|working|intimate)\s+dinner\b|\b(?:informal|private|working|intimate)(?<=\b(?:went|headed|go|goes|going)\s+(?:straight\s+|directly\s+)?to\s+(?:an?\s+)?(?:informal|private|working|intimate))\s+dinner\b|\b(?:had|shared|hosted)\s+dinner\s+with\b|\b(?:a|one|the)\s+day\s+after\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,2}?dinner\b/gi,
  },
  {
    format: 'visit',
    words: ['visit'],
    pattern:
      /\b(?:pay|pays|paid|paying|make|makes|made|making)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b/gi,
  },
  { format: 'visit', words: ['visit', 'trip'], pattern: /\b(?:visit|trip)\s+(?:to|through)\b/gi },
  // "who began his four-day visit in Ahmedabad on Wednesday", "kicked off a three-day state visit",
  // "concluded his official visit": a visit told by its start or its end, its place in the
  // dateline, after "in" or left unsaid. "began a tour of the factory" is a visit to no country.
  {
    format: 'visit',
    words: ['visit', 'trip', 'tour'],
    pattern:
      /\b(?:began|begins|beginning|started|starts|starting|opened|opens|kicked\s+off|kicks\s+off|wrapped\s+up|wraps\s+up|concluded|concludes|ended|ends|completed|completes)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour(?!\s+of\s+(?:the|a|an)\b))\b/gi,
  },
  // "arrived on Friday for a three-day visit", "arrives in Hanoi today for an official goodwill
  // visit": the visit named by its length or kind after the arrival, its place left unsaid. So is
  // a summit or talks abroad the arrival was for: "who flew in late on Tuesday for his second
  // summit with Kim", "landed in the city for the two-day summit".
  {
    format: 'visit',
    words: ['arriv', 'land', 'flew'],
    pattern:
      /\b(?:arrived|arrives|arriving|landed|lands|flew\s+in|flies\s+in)\s+(?:[^.;,]{0,40}?\s)?for\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|summit|talks)\b/gi,
  },
  // Case-sensitive for the same reason: "arrived in Hanoi", not "arrived in time".
  { format: 'visit', words: ['arriv'], pattern: /\b(?:[Aa]rrived|[Aa]rrives|[Aa]rriving)\s+in\s+(?=\p{Lu})/gu },
  // "Later on Monday, Obama flew to Phnom Penh, where he met Hun Sen": a flight to a named place
  // is a visit there, as a landing in it is. "flew back to Washington" (home), "flew to the
  // region" and "flies to Seoul on Wednesday" (a plan told in the present) are none.
  { format: 'visit', words: ['flew'], pattern: /\b[Ff]lew\s+(?:on\s+)?to\s+(?=\p{Lu})/gu },
  // A tour's stops told by their place in it: "landed in Abu Dhabi", "arrived here yesterday
  // evening" (the dateline's city), "In Kuala Lumpur, where the tour began on Sunday", "the last
  // stop was Riyadh": each stop is a visit, on its own day. A stop named in an itinerary ("leaves
  // for Malaysia, the second stop of a tour") is no visit yet: only a stop that was counts.
  // "landed at Halim Perdanakusuma airport", "arrived at Waterkloof Air Force Base": an airport or
  // air base named is a site in a town, the landing or arrival a stop there as one in the town
  // is; "landed at the airport" and "arrived at the talks" name no airport, and are none.
  {
    format: 'visit',
    words: ['land', 'here', 'arriv'],
    pattern:
      /\b(?:[Ll]anded|[Ll]ands|[Ll]anding|[Tt]ouched\s+down)\s+in\s+(?=\p{Lu})|\b(?:arrived|arrives|landed|lands)\s+here\b|\b(?:[Ll]anded|[Ll]ands|[Ll]anding|[Aa]rrived|[Aa]rrives|[Aa]rriving)\s+at\s+(?=(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+(?:[Ff]orce\s+)?[Bb]ase)\b)/gu,
  },
  {
    format: 'visit',
    words: ['tour', 'trip', 'journey', 'stop', 'leg'],
    pattern:
      /\bwhere\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|journey)\s+(?:began|begins|started|starts|opened|ended|ends)\b|\b(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:stop|leg)\s+(?:was|were)\b/gi,
  },
  // Case-sensitive: under the `i` flag \p{Lu} would match any letter ("visited a restaurant").
  { format: 'visit', words: ['visit'], pattern: /\b(?:[Vv]isited|[Vv]isits|will visit|to visit)\s+(?=\p{Lu})/gu },
  // "spent the morning in Berlin", "spent Monday in Hanoi": a stay of hours or days in a place
  // named next, a visit there.
  {
    format: 'visit',
    words: ['spent', 'spend'],
    pattern:
      /\b[Ss]pen(?:t|ds|ding)\s+(?:the\s+(?:morning|afternoon|evening|day|weekend|first\s+(?:part|half)\s+of\s+the\s+day)|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening))?|(?:two|three|four|five|several|a\s+few)\s+(?:hours|days)|a\s+day)\s+in\s+(?=\p{Lu})/gu,
  },
  // "Phuc is visiting Laos from 19 to 21 February": a visit under way, its visitor named before.
  { format: 'visit', words: ['visiting'], pattern: /\b(?:is|are)\s+(?:currently\s+|now\s+)?visiting\s+(?=\p{Lu})/gu },
  // "met with visiting Spanish Prime Minister Pedro Sánchez": the visitor is named next.
  { format: 'visit', words: ['visiting'], pattern: /\bvisiting\s+(?=\p{Lu})/gu },
  // "Saleumxay is in Viet Nam to co-chair the consultation": a visit under way on the article's
  // day. Only with the purpose after the place: "is in Hanoi" alone may be where someone lives;
  // and not "to attend" a gathering held there, nor "for the SCO Summit": presence at a summit,
  // forum or conference is attendance, no visit to the host. The place ends at its first "for" or
  // "to": "in Beijing for the Belt and Road Forum for International Cooperation" is not in
  // "Beijing for the Belt and Road Forum" for international cooperation.
  {
    format: 'visit',
    pattern:
      /\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+(?=\p{Lu}(?:(?!\s(?:to|for)\s)[\p{L}'’ -]){1,40}?\s+(?:to\s+(?!attend\b)|for\s(?![^.;]{0,80}?\b(?:[Ss]ummits?|[Ff]orums?|[Cc]onferences?|[Gg]ames)\b)))/gu,
  },
];

/** A cue and its place in the order cues of one script are tried and kept in. */
interface RankedCue {
  cue: CuePattern;
  rank: number;
  /** The cue's {@link CuePattern.words}, as their numbers in {@link CUE_WORDS}. */
  wordIds?: readonly number[];
}

/**
 * Every cue's words, each once, numbered: a sentence is looked through for all of them at once
 * ({@link cueWordsIn}), however many cues hold each ("phone", "ceremony" and "meeting" gate several).
 */
const CUE_WORDS: string[] = [];
const CUE_WORD_IDS = new Map<string, number>();

function cueWordId(word: string): number {
  let id = CUE_WORD_IDS.get(word);
  if (id === undefined) {
    id = CUE_WORDS.length;
    CUE_WORDS.push(word);
    CUE_WORD_IDS.set(word, id);
  }
  return id;
}

function ranked(cues: readonly CuePattern[], from = 0): RankedCue[] {
  return cues.map((cue, i) => ({
    cue,
    rank: from + i,
    ...(cue.words ? { wordIds: cue.words.map(cueWordId) } : {}),
  }));
}

/**
 * Cues of Latin-script sentences: English, then the French and Vietnamese counterparts of English
 * cues, ranked in that order. A sentence is tried only against the languages whose cue words it
 * holds: every French cue has one of {@link FRENCH_CUE_WORDS}, every Vietnamese one a word of
 * `VIETNAMESE_QUICK`, so the cues found are the same as with all of them, and an English
 * sentence is not run through some twenty French and Vietnamese patterns, a fifth of deriving
 * an article when it was.
 */
const ENGLISH_RANKED = ranked(ENGLISH);
const FRENCH_RANKED = ranked(FRENCH_CUES, ENGLISH.length);
const VIETNAMESE_RANKED = ranked(VIETNAMESE_CUES, ENGLISH.length + FRENCH_CUES.length);
const LATIN_BY_LANGUAGES: readonly (readonly RankedCue[])[] = [
  ENGLISH_RANKED,
  [...ENGLISH_RANKED, ...FRENCH_RANKED],
  [...ENGLISH_RANKED, ...VIETNAMESE_RANKED],
  [...ENGLISH_RANKED, ...FRENCH_RANKED, ...VIETNAMESE_RANKED],
];

/** A word every French cue holds one of ("visite" as a word, not "visited"). */
const FRENCH_CUE_WORDS =
  /visites?(?!\p{L})|pass[ée](?!\p{L})|entreten|entretien|re[çc]u|accueilli|banquet\s+(?:d['’]|officiel)|rencontr|rendu|pourparlers|d[îi]n(?:er|[ée])|r[ée]uni(?:s|es?|r)(?!\p{L})|retrouv|se\s+sont\s+vu/iu;

function latinCues(sentence: string): readonly RankedCue[] {
  const french = FRENCH_CUE_WORDS.test(sentence) ? 1 : 0;
  const vietnamese = holdsVietnameseCueWord(sentence) ? 2 : 0;
  return LATIN_BY_LANGUAGES[french + vietnamese]!;
}

/** Chinese cues. 会见 and 会谈 are distinct formats in Chinese official usage. */
const CHINESE: readonly CuePattern[] = [
  // "以视像方式同…会晤", "通过视频连线同…举行会晤" (視像 is the Hong Kong word, folded from traditional
  // script like the rest): the medium before the verb makes the meeting a virtual one.
  {
    format: 'virtual meeting',
    needs: /视[频像]/u,
    pattern: /(?:以|通过)视[频像](?:连线)?(?:方式)?[^，,。；;]{0,40}?(?:会晤|会见|会谈|通话)/gu,
  },
  { format: 'virtual meeting', pattern: /视[频像](?:会晤|会见|会谈|通话|连线)|云会晤/g },
  { format: 'phone call', pattern: /通电话|通话/g },
  { format: 'state visit', pattern: /国事访问/g },
  { format: 'official visit', pattern: /正式(?:友好)?访问/g },
  { format: 'working visit', pattern: /工作访问/g },
  // "会谈后" and "会见结束后" (after the talks, after the meeting) time a clause by an encounter
  // already reported, as "After the talks" does in English: they are no cue.
  { format: 'talks', pattern: /会谈(?!(?:结束)?[后前])/g },
  // 拜会: a courtesy call on a senior host, a meeting like 会见 told from the guest's side.
  { format: 'meeting', pattern: /(?:会见|会晤)(?!(?:结束)?[后前])|拜会/g },
  { format: 'signing', pattern: /签署|签订|签约|见证.{0,6}签/g },
  { format: 'letter', pattern: /致(?:贺信|贺电|信|电)|复信|回信|发来贺(?:信|电)/g },
  // "转交习近平总书记、国家主席贺电" (handed over Xi's congratulatory message): the message of the
  // one named after 转交, its bearer no side of it. Greetings passed on (转达…问候) are no letter.
  { format: 'letter', pattern: /转交[^，,。；;]{0,30}?(?:贺信|贺电|亲笔信|口信|信函)/g },
  // A banquet by its meal too: "欢迎晚宴" (a welcome dinner), "午宴" (a luncheon).
  // "设宴款待胡锦涛" (gave a banquet for Hu Jintao), folded from 設宴款待: the banquet told by its giving.
  // Not a private, small or working meal ("小范围私人晚宴"), which is a meeting at table (below).
  { format: 'banquet', pattern: /(?<!私人|小范围|非正式|工作)(?:国宴|欢迎宴会|宴会|宴请|晚宴|午宴|设宴)/g },
  // "当晚，奥巴马在白宫为胡锦涛举行小范围私人晚宴": two leaders at a private or working meal, an
  // encounter of its own, as "had a private dinner with" is; never the state banquet of another day.
  {
    format: 'meeting',
    needs: /[宴餐]/u,
    pattern: /(?:小范围|私人|非正式|工作){1,2}(?:晚宴|宴会|午宴|晚餐|午餐|早餐)/gu,
  },
  // "鸣礼炮21响": the salute of a welcome ceremony, one event with the ceremony when the sentence names it.
  {
    format: 'welcome ceremony',
    needs: /礼炮/u,
    pattern: /(?<!欢迎仪式[^。；;]{0,60})鸣(?:放)?礼炮(?![^。；;]{0,60}欢迎仪式)/gu,
  },
  // "举行欢迎仪式", and "举行隆重仪式，欢迎…" or "隆重欢迎…" that tell the same ceremony as a verb; not
  // "受到…隆重欢迎" (was warmly received), which is how a guest was greeted.
  {
    format: 'welcome ceremony',
    needs: /欢迎/u,
    pattern: /欢迎仪式|举行[^，,。；;]{0,4}仪式[，,]?\s*(?:隆重)?欢迎|(?<!受到[^，,。；;]{0,8})隆重欢迎/gu,
  },
  { format: 'visit', pattern: new RegExp(String.raw`(?:进行|出席).{0,4}访问|访问(?=[${HAN}])|出访`, 'g') },
  // "11日下午，习近平乘专机抵达金奈": an arrival in a place is a report of the visit, on its first day,
  // as "arrived in Hanoi" is. Not "抵达后" (after arriving), which dates another event by it.
  // Not "胡锦涛抵达总统府时": an arrival at a building is a moment of the visit's day, not its start.
  {
    format: 'visit',
    needs: /抵达/u,
    pattern: new RegExp(
      String.raw`抵达(?![后前时])(?![^，,。；;]{0,10}?(?:府|宫|官邸|大厦|大楼|会场|会堂|宾馆)(?:时|[，,。；;]))(?=[${HAN}])`,
      'gu',
    ),
  },
  // "11日至12日在印度金奈同印度总理莫迪举行…非正式会晤": talks or a summit held over days in a
  // place, with a host, is its subject's stay there, a visit over those days.
  {
    format: 'visit',
    needs: /日至/u,
    pattern: /(?<=\d{1,2}日至\d{1,2}日)在(?=[^，,。；;]{1,16}同[^，,。；;]{1,40}(?:会晤|会谈))/gu,
  },
];

const ENGLISH_FUTURE =
  /\b(?:will|shall)\s|'ll\s|\bto\s+(?:pay|make|hold|attend|visit|lead|have|conduct|sign|be)\b|\b(?:upcoming|forthcoming|planned|scheduled|set to)\b|\b(?:is|are)\s+to\s+$/i;
const CHINESE_RANKED = ranked(CHINESE);

/**
 * "将于", "拟", "定于明日" (is scheduled for tomorrow): a Chinese cue announced in its clause, or
 * in the clause of the journey or the departure it is told after ("14日，习近平将前往达卡，对孟加拉国
 * 进行国事访问", "18日，胡锦涛将离开莫斯科，前往斯洛伐克进行国事访问").
 */
const CHINESE_FUTURE =
  /(?:将|将于|拟|即将|将在|定于)[^，,。；;]{0,30}$|(?:将|即将)(?:前往|赴|飞赴|转赴|启程前往|离开|离)[^，,。；;]{1,15}[，,][^，,。；;]{0,20}$/u;

/**
 * "the first foreign leader to visit Beijing since ...", "the third leader of a socialist country
 * to visit China", "became the first sitting U.S. president to visit Myanmar": an infinitive that
 * describes the visit being reported, not one to come. The words between may be abbreviations
 * ("U.S.", "U.K.").
 */
const ENGLISH_ORDINAL_VISITOR =
  /\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|latest|only)\s+(?:[\w.'’-]+\s+){0,7}?to\s+(?:visit|pay)\b/i;
/** How far before a cue an English "will" or "to pay" makes it a plan: "will lead a delegation on a visit". */
const FUTURE_REACH = 45;
/** How far after a cue a look back still counts: "the meeting between the two presidents at the end of last year". */
const RETROSPECT_REACH = 60;

/**
 * Sentences that look back rather than report: "has visited China many times", "since the
 * last meeting", "The two leaders first met on the sidelines of the G20 summit", "不久前…会见". An event read from them would carry the article's date and be
 * wrong; they are skipped.
 */
/** Looks back that are recent enough to be about an event the corpus may report: they can place it. */
const RECENT = /^(?:不久前|前不久|recently)$/i;
const RECENT_ALL = /不久前|前不久|\brecently\b/gi;
const ENGLISH_RETROSPECT =
  /\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:visited|met|held|paid|made|signed|spoken|talked)\b|\bfirst\s+(?:met|spoke|talked)\b|\b(?:previously|recently|many times|in the past|ago|last (?:year|week)|earlier this (?:year|month)|first occasion|since)\b|\blast\s+(?:met|spoke|talked|visited|held|hosted)\b/i;
/**
 * "此前，桑切斯于4月9日至10日访问越南", "此前，习近平于3日至5日对土库曼斯坦进行了国事访问", "此前一站",
 * "此前，习近平当天对哈萨克斯坦进行国事访问", "此前，习近平11日在杜尚别同…举行…会晤" (the day after the
 * subject, with no 于): 此前 before a day of this year's month, a day of the
 * dateline's month written without it, or "that same day" (no year, no 曾) tells the tour's
 * earlier leg, told after the later one; it looks back only otherwise.
 */
const CHINESE_RETROSPECT =
  /不久前|前不久|此前(?!一站|[，,]?[^，,。；;曾]{0,12}?(?:(?:于(?!\d{4}年))?(?<![\d年月])(?:\d{1,2}月)?\d{1,2}日|当天|当日|同日))|曾(?:经|于|在|多次|同|对|与|赴|访|到|前往|出席|参加|会见|会晤)|去年|多次|以来|上次/u;
/**
 * How far after a cue a look-back word still governs it: `RETROSPECT_REACH` characters, and in
 * Chinese no further than the cue's clause. A Chinese clause puts its time words before its verb,
 * so one after the comma speaks of its own verb: "…通过视频连线同普京举行会晤，两国元首回顾了今年以来
 * 中俄关系的发展" reports a meeting, and what "今年以来" looks back on is the relationship.
 */
function lookBackReach(sentence: string, end: number, chinese: boolean): string {
  const reach = sentence.slice(end, Math.min(sentence.length, end + RETROSPECT_REACH));
  if (!chinese) return reach;
  const clauseEnd = reach.search(/[，,；;。]/u);
  return clauseEnd < 0 ? reach : reach.slice(0, clauseEnd);
}

/**
 * ", his first trip abroad since he was re-elected last year": an apposition after the cue
 * that ranks the event being reported among others. Its "since" and "last year" look back from
 * this event; they do not make it a look back.
 */
const RANKING_APPOSITION =
  /,\s*(?:(?:his|her|their|its|the|a)\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b/i;

/**
 * "on the second day of his first official visit to China since taking office": a day of the
 * visit right before its cue, which dates the visit being reported; the "since" after the cue
 * ranks that visit among others and does not make it a look back. A ranking alone ("his first
 * trip to Asia since", "the first such meeting since 2019, when") may stand in an aside or
 * announce, and keeps its "since".
 */
const DAY_OF_BEFORE =
  /\b(?:first|second|third|fourth|fifth|last|final|opening|closing)\s+(?:and\s+(?:last|final)\s+)?day\s+of\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}$/i;
const SINCE = /\bsince\b/i;

/**
 * "shared his perspectives from his recent visit to Ukraine", "during their most recent
 * meeting": an event named as its subject's recent one, the object of another verb, is a look
 * back at it, no event of the sentence.
 */
const RECENT_BEFORE = /\b(?:his|her|their|its|the)\s+(?:most\s+)?recent\s+(?:[\w-]+\s+)?$/i;

/** The words after a cue that may look back at it: up to a ranking apposition, or up to the "since" of a visit named by one of its days. */
function reachOfLookBack(before: string, reach: string, chinese: boolean): string {
  if (chinese) return reach;
  const ranking = RANKING_APPOSITION.exec(reach);
  if (ranking) return reach.slice(0, ranking.index);
  const since = DAY_OF_BEFORE.test(before) ? SINCE.exec(reach) : null;
  return since ? reach.slice(0, since.index) : reach;
}

/**
 * "Putin and Xi have held formal talks at the Kremlin on Tuesday": a present perfect dated by a
 * day of this week ("on Tuesday", "today") reports the event, as news in English often does; it
 * is a look back only with another look-back word ("have met twice since").
 */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:visited|met|held|paid|made|signed|spoken|talked)\b/i;
const DAY_OF_THIS_WEEK =
  /\bon\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(?:today|yesterday|this\s+(?:morning|afternoon|evening))\b/i;

/**
 * "flying in from Beijing, where he had held talks with Chinese President Xi Jinping earlier in
 * the day", "The two leaders had held talks on Thursday evening in Nagato": a pluperfect whose
 * own words name a day of the trip reported ("earlier in the day", "that morning", "on
 * Thursday", "the day before") tells an earlier step of that trip, not a look back; without one
 * ("who had visited China in May", "where he had attended the summit") it still looks back.
 */
const PLUPERFECT = /\bhad\s+(?:\w+\s+){0,2}?(?:visited|met|held|paid|made|signed|spoken|talked)\b/i;
/** Words right after an event that name a day of the trip reported: "on Monday", "earlier in the day", "the day before". */
export const DAY_OF_THE_TRIP =
  /^[^,;.]{0,80}?(?:\bearlier\s+(?:in\s+the|that)\s+(?:day|morning|afternoon)\b|\b(?:that|this)\s+(?:morning|afternoon)\b|\bon\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\bthe\s+(?:day|evening|night)\s+before\b|\bthe\s+previous\s+(?:day|evening|night)\b|\bhours\s+earlier\b)/i;

/** Whether `text` holds a pluperfect whose own words name a day of the trip reported ({@link DAY_OF_THE_TRIP}). */
export function pluperfectOfTheTrip(text: string): boolean {
  const pluperfect = PLUPERFECT.exec(text);
  return pluperfect !== null && DAY_OF_THE_TRIP.test(text.slice(pluperfect.index + pluperfect[0].length));
}

/**
 * "The two leaders spoke on Sunday morning", "They met on Friday": a pair told again in the simple
 * past, opening a sentence; group 1 the verb, which a day after it dates.
 */
export const THE_PAIR_AGAIN =
  /^\s*(?:(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state|men)|they)\s+(?:also\s+)?(spoke|talked|met|held\s+talks)\b/i;

/**
 * Whether the present perfect of `sentence` reports news: with a day of this week in the sentence,
 * or in the next one when that tells the pair again ("... has spoken by phone with Japan's new prime
 * minister. The two leaders spoke on Sunday morning"), and no other look-back word.
 */
function reportedPerfect(sentence: string, around: string, chinese: boolean, next?: string): boolean {
  if (chinese || !/\bha(?:s|ve|d)\b/i.test(around)) return false;
  const pluperfect = PLUPERFECT.exec(around);
  if (pluperfect) {
    const after = sentence.slice(pluperfect.index + pluperfect[0].length);
    if (!DAY_OF_THE_TRIP.test(after)) return false;
    const rest =
      around.slice(0, pluperfect.index) +
      ' '.repeat(pluperfect[0].length) +
      around.slice(pluperfect.index + pluperfect[0].length);
    return !ENGLISH_RETROSPECT.test(rest);
  }
  const perfect = PRESENT_PERFECT.exec(around);
  const toldAgain = next !== undefined && THE_PAIR_AGAIN.test(next) && DAY_OF_THIS_WEEK.test(next);
  if (!perfect || !(DAY_OF_THIS_WEEK.test(sentence) || toldAgain)) return false;
  const rest =
    around.slice(0, perfect.index) + ' '.repeat(perfect[0].length) + around.slice(perfect.index + perfect[0].length);
  return !ENGLISH_RETROSPECT.test(rest);
}

/**
 * A French look back, unless it is only the pluperfect of a sentence opening on "la veille" or
 * "le lendemain", or of the steps of the trip reported ("avait d'abord rencontré").
 */
function frenchLookBack(text: string, sentence: string): RegExpExecArray | null {
  // "effectue son premier déplacement en Inde depuis son élection": a "depuis" that ranks the
  // trip reported looks back at nothing.
  text = text.replace(FRENCH_RANKED_SINCE, (ranking) => ' '.repeat(ranking.length));
  const found = FRENCH_RETROSPECT.exec(text);
  if (!found || !(FRENCH_PLUPERFECT_OF_DAY.test(sentence) || FRENCH_PLUPERFECT_OF_SEQUENCE.test(sentence)))
    return found;
  return FRENCH_RETROSPECT.exec(text.replace(FRENCH_PLUPERFECT_AUXILIARIES, (word) => ' '.repeat(word.length)));
}

/** "son premier déplacement en Inde depuis", "sa troisième visite depuis": a ranking, up to its "depuis". */
const FRENCH_RANKED_SINCE =
  /(?<!\p{L})(?:son|sa|leur|le|la)\s+(?:premi[èe]re?|deuxi[èe]me|troisi[èe]me|\d+e)\s+[^.;]{0,60}?\bdepuis(?!\p{L})/giu;
const FRENCH_PLUPERFECT_AUXILIARIES = /(?<!\p{L})(?:avait|avaient|s['’][ée]tai(?:t|ent))(?!\p{L})/giu;

/**
 * Asides that look back from the event a sentence reports, set off from its clause: "Xi Jinping
 * effectue une visite d'État en Russie, sa troisième depuis l'invasion de l'Ukraine"; "Trump, on
 * his first trip to Asia since returning to the White House, also held a meeting"; "Putin, who
 * had visited China in May, met Xi"; "会见布林肯，这是两人今年以来首次面对面会晤". Their look-back
 * words govern the aside, not the event outside it; an event named inside one is still a look
 * back. Only sentences holding one of these words are split into asides.
 */
const ASIDE_WORDS = /\b(?:since|who|which|whom|whose)\b|depuis|(?<!\p{L})qui(?!\p{L})|kể\s+từ|以来|首次/iu;
/** Where a Latin-script aside begins or ends: a comma, a spaced dash, a bracket. */
const LATIN_ASIDE_EDGE = /,\s*|\s[—–-]\s|\s*[()]\s*/gu;
const CHINESE_ASIDE_EDGE = /[，,]/gu;
/** A ranking ("his first trip ... since", "sa troisième depuis", "lần thứ ba kể từ"), a "since" phrase or a relative clause. */
const LATIN_ASIDE_OPENING =
  /^(?:(?:(?:on|in|during|for|at)\s+)?(?:(?:his|her|their|its|the|a|an|sa|son|ses|leur|leurs|le|la|là|đây\s+là)\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|latest|only|premi[èe]re?|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d+e|lần\s+(?:đầu|thứ))(?!\p{L})|since\s|depuis\s|kể\s+từ\s|(?:who|which|whom|whose|qui)\s)/iu;
const LATIN_ASIDE_LOOK_BACK =
  /\b(?:since|had|has|have|last|previously)\b|depuis|(?<!\p{L})(?:avai(?:t|ent)|[ée]tai(?:t|ent))(?!\p{L})|kể\s+từ|từng/iu;
/** "这是…以来首次", "为…以来…": a Chinese clause of its own that ranks the event reported. */
const CHINESE_ASIDE = /^(?:这是|这也是|此为|为|是)[^，,。；;]*(?:以来|首次|第[一二三四五六七八九十\d]+次)/u;

/** The spans of a sentence's look-back asides, in order; none when it holds no aside word. */
function lookBackAsides(sentence: string, chinese: boolean): [number, number][] {
  if (!ASIDE_WORDS.test(sentence)) return [];
  const edge = chinese ? CHINESE_ASIDE_EDGE : LATIN_ASIDE_EDGE;
  const edges: [number, number][] = [];
  edge.lastIndex = 0;
  for (let m = edge.exec(sentence); m; m = edge.exec(sentence)) {
    if (m[0].length === 0) edge.lastIndex++;
    else edges.push([m.index, m.index + m[0].length]);
  }
  const asides: [number, number][] = [];
  for (let i = 0; i < edges.length; i++) {
    const from = edges[i]![1];
    const to = i + 1 < edges.length ? edges[i + 1]![0] : sentence.length;
    const text = sentence.slice(from, to);
    const aside = chinese
      ? CHINESE_ASIDE.test(text)
      : LATIN_ASIDE_OPENING.test(text) && LATIN_ASIDE_LOOK_BACK.test(text);
    if (aside) asides.push([from, to]);
  }
  return asides;
}

/** `text` (a prefix of its sentence) with the asides that do not hold the cue blanked out. */
function outsideAsides(text: string, asides: readonly [number, number][], start: number, end: number): string {
  let out = text;
  for (const [from, to] of asides) {
    if (from <= start && end <= to) continue;
    if (from >= out.length) break;
    const stop = Math.min(to, out.length);
    out = out.slice(0, from) + ' '.repeat(stop - from) + out.slice(stop);
  }
  return out;
}

/**
 * "will then travel to Dhaka for a state visit to Bangladesh", "随后将对孟加拉国进行国事访问", "随后将访问
 * 西班牙": an onward leg whose visit words name where it goes, a planned visit of its own there.
 */
function namesItsDestination(sentence: string, cue: { start: number; end: number }, chinese: boolean): boolean {
  return chinese
    ? /对[^，,。；;]{2,10}进行[^，,。；;]{0,4}$/u.test(sentence.slice(Math.max(0, cue.start - 16), cue.start)) ||
        (/访问$/u.test(sentence.slice(cue.start, cue.end)) && /^[^\s，,。；;\d]/u.test(sentence.slice(cue.end)))
    : /^\s+to\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(cue.end, cue.end + 12));
}

/**
 * "From Moscow, Modi will travel to Vienna", "Sau New York, Tổng Bí thư sẽ thăm chính thức Cuba",
 * "Blinken will travel on to Japan": the next leg of a tour the article reports, told as its
 * itinerary. It is no event of its own, held or planned, until a report of it says it happened;
 * a visit announced for itself ("will pay a state visit to China next year"), or a leg given days
 * of its own (`OWN_DAYS_AFTER`), stays planned.
 */
const ONWARD_LEG =
  /^\s*(?:After|From|Sau|Après|Apr[èe]s)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4},|\b(?:travel|fly|head|go|continue)\s+on\s+to\b|\bthen\s+(?:travel|fly|head|go|proceed)\b|tiếp\s+tục\s+(?:thăm|đến|tới)|\bse\s+rendra\s+ensuite\b/u;

/**
 * "Sau Việt Nam, Thủ tướng Suga sẽ thăm Indonesia từ ngày 20 đến 21-10": an onward leg given days
 * of its own ("from the 20th to the 21st", "on 20/10") is a visit announced for itself.
 */
const OWN_DAYS_AFTER = /(?<!\p{L})(?:từ\s+ngày|ngày|from)\s+\d{1,2}(?!\d)|\d{1,2}\s*[/-]\s*\d{1,2}(?![\d/-])/iu;

/**
 * "慕安会后，王毅还将访问西班牙和法国", "随后，他将前往哈尔滨": the Chinese of "After Munich, Wang Yi
 * will go on to visit Spain and France", an onward leg opened by "…后，" (after ...) or "随后",
 * "然后", "接着" (then) before a planned visit.
 */
const CHINESE_ONWARD_LEG = /^\s*[^，,。；;]{1,15}(?:后|之后)[，,]|(?:随后|然后|接着|继而)[^。；;]{0,15}$/u;

/**
 * A cheap first look: most sentences name no event, and skip every pattern. Every English and
 * Chinese cue pattern holds one of these words ("summit" for "held an informal summit",
 * "audiences" for "held separate audiences with", "landing in", "consultations" for "held
 * government consultations"); a pattern without one would never be tried.
 */
const QUICK =
  /\b(?:met|meets?|meetings?|talks|visit(?:s|ed|ing)?|trip|tour|conversation|(?:tele)?phoned?|video|virtual|sign(?:s|ed|ing)?|ink(?:s|ed)|receiv(?:ed|es|ing)|receive|hosted|reception|courtesy|call(?:s|ed|ing)?\s+on|co-?chair(?:ed|s|ing)?|summits?|audiences?|sh(?:ook|akes?|aking)\s+hands|letters?|messages?|telegrams?|banquet|lunch(?:eon)?|dinner|ceremony|ceremonial|red[- ]carpet|arriv(?:ed|es|ing)|land(?:ed|s|ing)|touched\s+down|fl(?:ew|ies)\s+in|(?:tour|trip|journey)\s+(?:began|begins|started|starts|opened|ended|ends)|(?:stop|leg)\s+(?:was|were)|videoconferenc(?:e|ing)|military\s+honou?rs|guard\s+of\s+honou?r|honou?r\s+guard|arrival\s+honou?rs|gun\s+salute|welcomed|consultations|spen(?:t|ds|ding))\b|\b(?:is|are)\s+in\b|会[见谈晤]|抵达|拜会|访问|出访|签[署订约]|见证|通电话|通话|[贺致复回]信|[贺致]电|宴|欢迎仪式|礼炮|隆重欢迎|仪式[，,]?\s*欢迎/i;

/**
 * "Thongloun invited Nguyen Phu Trong to visit Laos at a convenient time", "accepted the
 * invitation to pay a state visit", "通伦邀请阮富仲在方便的时候访问老挝": a visit someone was asked
 * to make, with no date set, is neither held nor planned. "At the invitation of Xi, ..." and
 * "应习近平邀请" name the host of a visit that is, and "was invited by" says who asked; "had been
 * invited to visit Moscow", the invitation in the passive, is one as well. The
 * period of an honorific ("invited Mr. Siphandone") does not end the invitation.
 */
const ENGLISH_INVITED_TO =
  /\b(?:invit(?:ed|es|ing|e)\s+(?!by\b)(?:[^.;,]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen))\.){0,80}|invitations?(?:\s+to(?:\s+[^.;,]{0,60})?)?\s*)$/i;
const CHINESE_CLAUSE_BEFORE = /[^，,。；;：:]*$/u;

/**
 * Words each of these patterns needs somewhere in the text: a quick test first spares running
 * the patterns, whose word boundaries and end anchors are tried at every offset, on every cue's
 * text before it (they were a tenth of reading a draft's facts).
 */
const INVITATION_WORD = /invit/i;
const VIETNAMESE_INVITATION_WORD = /mời/iu;
const FRENCH_RETROSPECT_WORDS = /avai|[ée]tai|d[ée]j[àa]|demment|il\s+y\s+a|depuis/iu;
const VIETNAMESE_RETROSPECT_WORDS = /từng|trước/iu;

function invitedTo(sentence: string, start: number, chinese: boolean): boolean {
  const before = sentence.slice(0, start);
  if (!chinese)
    return (
      (INVITATION_WORD.test(before) && ENGLISH_INVITED_TO.test(before)) ||
      (VIETNAMESE_INVITATION_WORD.test(before) && VIETNAMESE_INVITED_TO.test(before))
    );
  const clause = CHINESE_CLAUSE_BEFORE.exec(before)?.[0] ?? '';
  return clause.includes('邀请') && !clause.includes('应');
}

/**
 * "Thongloun is expected to visit Vietnam later this year", "Analysts expect Lam to visit China",
 * "预计…访问": a guess about an event, which no one has announced; neither held nor planned. So is
 * an intention told in reported speech, "Trump said ... that Xi would make a visit": one side's
 * word about what another would do, with no date set; and a wish, "looks forward to meeting Xi",
 * "hopes to visit China"; and a proposal or request, "has proposed a meeting between Yunus and Modi",
 * "sought talks with".
 */
const ENGLISH_EXPECTATION =
  /\bexpect(?:s|ed)?\s+(?:[^.;,]{0,40}?\s)?$|\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?\s+for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$|\bwould\s+(?:(?:also|then|soon|later|eventually)\s+)?$|\b(?:look(?:s|ed|ing)?\s+forward\s+to|hop(?:es?|ed|ing)(?:\s+to)?)\s+(?:[^.;,]{0,40}?\s)?$/i;
/**
 * "预计…访问", and a wish for an encounter to come: "期待明年2月赴北京出席冬奥会开幕式，并同习近平举行会晤"
 * (looks forward to ... and to meeting Xi), where the wish reaches over "，并" to the verb it
 * governs.
 */
const CHINESE_EXPECTATION =
  /预计[^，,。；;]{0,30}$|(?:期待|期望|盼望|希望)(?:[^，,。；;]{0,30}[，,]\s*(?:并|并且|同时|还)?)?[^，,。；;]{0,30}$/u;

/**
 * "胡锦涛定于明日结束访问返回北京", "will conclude his state visit to India tomorrow": the announced end
 * of a visit under way. It is no visit of its own, held or planned, and must not date or shorten
 * the visit it ends. Each pattern needs a word of {@link VISIT_END_WORD}.
 */
const VISIT_END_WORD = /结束|conclu|end|wrap|wind|finish/i;
const ENGLISH_ANNOUNCED_END =
  /\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|due|slated|expected)\s+to)\s+(?:(?:also|then)\s+)?(?:conclude|end|wrap\s+up|wind\s+up|finish)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?$/i;
const CHINESE_ANNOUNCED_END = /(?:定于|将|将于|拟|即将|计划)[^，,。；;]{0,20}结束[^，,。；;]{0,20}$/u;

/** Whether the words before a visit cue announce that visit's end rather than a visit. */
function announcedEnd(sentence: string, start: number, chinese: boolean): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (!VISIT_END_WORD.test(before)) return false;
  return (chinese ? CHINESE_ANNOUNCED_END : ENGLISH_ANNOUNCED_END).test(before);
}

/**
 * "was originally scheduled to visit Manila last October but called off the trip", "the visit
 * was postponed", "a cancelled visit", "原定访问……但因故取消", "sa visite, reportée", "chuyến thăm
 * bị hoãn": a visit or a plan called off is no event, held or planned. Each pattern needs a word
 * of {@link CALLED_OFF_WORD}; an encounter that was held stays one whatever was called off
 * beside it ("met Trong, after the summit had been postponed twice").
 */
const CALLED_OFF_WORD = /call|cancel|postpon|scrap|shelv|put\s+off|abort|取消|推迟|延期|搁置|annul|report|hủy|hoãn/iu;
const CALLED_OFF_REACH = 100;
const ENGLISH_CALLED_OFF_AFTER =
  /^[^.;]*?\b(?:but\s+(?:(?:he|she|they|it|(?:the|his|her)\s+[\w-]+)\s+)?(?:later\s+|then\s+)?(?:called\s+(?:it\s+|the\s+(?:trip|visit)\s+)?off|cancell?ed|postponed|scrapped|shelved|put\s+off|aborted)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|then\s+|abruptly\s+)?(?:called\s+off|cancell?ed|postponed|scrapped|shelved|put\s+off|aborted))\b/i;
const ENGLISH_CALLED_OFF_BEFORE =
  /\b(?:cancell?ed|postponed|aborted|scrapped|called-off|shelved)\s+(?:[\w-]+\s+){0,2}$/i;
const CHINESE_CALLED_OFF_AFTER = /^[^。；;]*?(?:取消|推迟|延期|搁置)/u;
const FRENCH_CALLED_OFF_AFTER = /^[^.;]*?(?<!\p{L})(?:annul|report)[ée]e?s?(?!\p{L})/iu;
const VIETNAMESE_CALLED_OFF_AFTER = /^[^.;]*?(?<!\p{L})(?:bị\s+)?(?:hủy|hoãn)(?!\p{L})/iu;

/** Whether a visit, or a plan, is told as called off. */
function calledOff(sentence: string, cue: { start: number; end: number }, chinese: boolean): boolean {
  if (!CALLED_OFF_WORD.test(sentence)) return false;
  const after = sentence.slice(cue.end, cue.end + CALLED_OFF_REACH);
  if (chinese) return CHINESE_CALLED_OFF_AFTER.test(after);
  return (
    ENGLISH_CALLED_OFF_AFTER.test(after) ||
    ENGLISH_CALLED_OFF_BEFORE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start)) ||
    FRENCH_CALLED_OFF_AFTER.test(after) ||
    VIETNAMESE_CALLED_OFF_AFTER.test(after)
  );
}

/** Whether the words just before a cue guess at the event: "is expected", "expect Lam", "expected to pay a". */
function expectation(sentence: string, start: number, chinese: boolean): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  return (chinese ? CHINESE_EXPECTATION : ENGLISH_EXPECTATION).test(before);
}

/**
 * "met A and B separately", "met A and B in separate meetings", "paid courtesy calls on A, B and
 * C", "was received by A and B", "also called on President A and General Secretary B": one
 * encounter with each person named, not one with them all.
 */
const ENGLISH_SEPARATE_LATER = /^[^.;]{0,160}?\b(?:separately|in\s+separate\s+(?:meetings|talks|calls|audiences))\b/i;
/** The word every {@link ENGLISH_SEPARATE_LATER} match holds: without it, its words are not tried at each of the clause's offsets. */
const SEPARATE_WORD = /separate/i;

/**
 * Whether an English cue is one encounter with each person it names: "paid courtesy calls on",
 * "was received by A and B", "met A and B separately". A welcome "received by A and B at a
 * ceremonial welcome" is one ceremony they both hold.
 */
function englishSeparately(sentence: string, start: number, end: number, format: string): boolean {
  const cue = sentence.slice(start, end);
  if (format === 'welcome ceremony' && /\breceived\s+by\b/i.test(cue) && !/\bseparate/i.test(sentence)) return false;
  if (
    /\bcourtesy\s+(?:calls|visits)\b|\bseparate\b|\breceived\s+by\b|\b(?:called|calling|will\s+call|(?<!courtesy\s)calls)\s+on\b|re[çc]u(?:e|s|es)?\s+par\b/i.test(
      cue,
    )
  )
    return true;
  const after = sentence.slice(end);
  return (
    /\bseparately\b/i.test(sentence.slice(start, end + 12)) ||
    (SEPARATE_WORD.test(after) && ENGLISH_SEPARATE_LATER.test(after))
  );
}

/**
 * "分别会见", and "分别同呼日勒苏赫举行会谈" with the guest between: one encounter for each host, or
 * for each guest, not one of them all.
 */
/** "分别同…举行会谈", "先后会见了" (one after the other): a verb whose people meet the subject each in turn. */
const CHINESE_SEPARATELY = /(?:分别|先后)(?:[同与和跟][^，,。；;]{1,90}?(?:举行|进行)?)?\s*$/u;
/** A clause opened by 这是 or 这也是 after a comma, up to the cue: a remark on the event told before it. */
const ZH_REMARK_CLAUSE = /[，,]\s*这(?:也|还)?是[^，,。；;]*$/u;

/**
 * "Putin flies to Seoul on Wednesday for talks with President Park Geun-hye", "leaves for Delhi
 * tomorrow for a meeting": a journey told in the present tense, as news tells a schedule, makes
 * the encounter it is for a plan.
 */
const PRESENT_JOURNEY_FOR =
  /\b(?:flies|travels|heads|leaves|departs|goes|moves\s+on)\b[^.;]{0,60}?\bfor\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Whether an English cue announces the event rather than reports it. */
function englishPlan(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start).slice(-FUTURE_REACH);
  const cue = sentence.slice(start, end);
  if (PRESENT_JOURNEY_FOR.test(sentence.slice(Math.max(0, start - 80), start))) return true;
  if (/^(?:will|shall)\b|\bto\s+be\s+signed\b|^(?:is|are)\s+(?:scheduled|set|due|slated)\s+to\b/i.test(cue))
    return true;
  // "effectuera une visite", "rencontrera": a French cue announces in its own verb's future.
  if (holdsFrenchFuture(sentence.slice(Math.max(0, start - FUTURE_REACH), end))) return true;
  // "sẽ hội đàm", "chuyến thăm sắp tới": a Vietnamese cue with "will" or "about to" beside it.
  if (holdsVietnameseFuture(sentence.slice(Math.max(0, start - FUTURE_REACH), end + 12))) return true;
  if (!ENGLISH_FUTURE.test(before) && !/^to\s/i.test(cue)) return false;
  // "the third leader of a socialist country to visit China" reports the visit under way; "will
  // on Monday become the first ... to visit" announces it, however far its "will" stands.
  const ranking = sentence.slice(Math.max(0, start - 80), end);
  return !(ENGLISH_ORDINAL_VISITOR.test(ranking) && !/\b(?:will|shall)\s/i.test(ranking));
}

/** The offset after the character at `index`: a surrogate pair is one character to a Unicode pattern. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The cue words a sentence holds, by number, found in one pass: their alternation, longest first,
 * is searched for at each offset after the last match's start, so that words inside or overlapping
 * another are found too. The word matched at an offset is the longest one there, and every other
 * word there is a beginning of it: each is counted with it. A look for each word apart took twice
 * as long.
 */
function cueWordsIn(lower: string): Uint8Array {
  const finder = (cueWordFinder ??= cueWordFinderOf(CUE_WORDS));
  const held = new Uint8Array(CUE_WORDS.length);
  const pattern = finder.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    for (const id of finder.beginningsOf.get(match[0])!) held[id] = 1;
    pattern.lastIndex = match.index + 1;
  }
  return held;
}

/** The alternation of the cue words, and for each word the numbers of the words it begins with (itself among them). */
interface CueWordFinder {
  pattern: RegExp;
  beginningsOf: Map<string, number[]>;
}

/** Built at the first sentence, once every script's cues have numbered their words. */
let cueWordFinder: CueWordFinder | undefined;

function cueWordFinderOf(words: readonly string[]): CueWordFinder {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  const beginningsOf = new Map<string, number[]>();
  for (const word of words) {
    const ids: number[] = [];
    words.forEach((other, id) => {
      if (word.startsWith(other)) ids.push(id);
    });
    beginningsOf.set(word, ids);
  }
  const escaped = longestFirst.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(escaped.join('|'), 'g'), beginningsOf };
}

/** Whether a sentence holds one of the words numbered `ids`, given the words it holds ({@link cueWordsIn}). */
function holdsAnyWord(held: Uint8Array, ids: readonly number[]): boolean {
  for (const id of ids) if (held[id] === 1) return true;
  return false;
}

/**
 * The event cues in a sentence, in order, without overlaps. A cue is dropped when the words
 * before it, or shortly after it, look back at earlier events. `next`, the sentence after it,
 * may tell that a present perfect is news ({@link THE_PAIR_AGAIN}).
 */
export function findCues(sentence: string, chinese: boolean, next?: string): EventCue[] {
  if (!QUICK.test(sentence) && (chinese || (!FRENCH_QUICK.test(sentence) && !holdsVietnameseCueWord(sentence))))
    return [];
  const patterns = chinese ? CHINESE_RANKED : latinCues(sentence);
  const lookBack = (text: string) =>
    chinese
      ? CHINESE_RETROSPECT.exec(text)
      : (ENGLISH_RETROSPECT.exec(text) ??
        (FRENCH_RETROSPECT_WORDS.test(text) ? frenchLookBack(text, sentence) : null) ??
        (VIETNAMESE_RETROSPECT_WORDS.test(text) ? VIETNAMESE_RETROSPECT.exec(text) : null));
  const found: (EventCue & { rank: number })[] = [];
  const lower = sentence.toLowerCase();
  const held = cueWordsIn(lower);
  for (const { cue, rank, wordIds } of patterns) {
    if (wordIds && !holdsAnyWord(held, wordIds)) continue;
    if (cue.needs && !cue.needs.test(sentence)) continue;
    // `exec` on the shared pattern rather than `matchAll`, which copies the pattern for every
    // sentence; an empty match (none of the patterns has one) would step on as `matchAll` does.
    const pattern = cue.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) pattern.lastIndex = nextIndex(sentence, end, pattern.unicode);
      found.push({ format: cue.format, start, end, planned: false, separately: false, rank });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const kept: EventCue[] = [];
  /** The sentence's look-back asides, found the first time a cue has a look-back word near it. */
  let asides: [number, number][] | undefined;
  // Cues whose words stay taken without being events: invitations to visit, guesses at a visit.
  const setAside: EventCue[] = [];
  for (const cue of found) {
    if ([...kept, ...setAside].some((k) => k.start < cue.end && cue.start < k.end)) continue;
    const before = sentence.slice(0, cue.start);
    if (!chinese && RECENT_BEFORE.test(before)) continue;
    const reach = lookBackReach(sentence, cue.end, chinese);
    const around = sentence.slice(0, cue.end) + reachOfLookBack(before, reach, chinese);
    let retrospective = reportedPerfect(sentence, around, chinese, next) ? null : lookBack(around);
    if (retrospective) {
      asides ??= lookBackAsides(sentence, chinese);
      if (asides.length > 0) retrospective = lookBack(outsideAsides(around, asides, cue.start, cue.end));
    }
    if (retrospective) {
      if (RECENT.test(retrospective[0]) && !lookBack(around.replace(RECENT_ALL, ' '))) {
        kept.push({
          format: cue.format,
          start: cue.start,
          end: cue.end,
          planned: false,
          separately: false,
          retrospective: true,
        });
      }
      continue;
    }
    // "会见了英国首相斯塔默，这是中英两国领导人近年来首次举行正式会晤": a clause opened by 这是 (this
    // was) remarks on the event just told; an event it names is that one, not another.
    if (chinese && ZH_REMARK_CLAUSE.test(before)) {
      setAside.push(cue);
      continue;
    }
    // The words stay taken: "accepted the invitation to pay a state visit" is not a visit by its other words.
    if (familyOf(cue.format) === 'visit' && invitedTo(sentence, cue.start, chinese)) {
      setAside.push(cue);
      continue;
    }
    if (expectation(sentence, cue.start, chinese)) {
      setAside.push(cue);
      continue;
    }
    if (familyOf(cue.format) === 'visit' && announcedEnd(sentence, cue.start, chinese)) {
      setAside.push(cue);
      continue;
    }
    const planned = chinese ? CHINESE_FUTURE.test(before) : englishPlan(sentence, cue.start, cue.end);
    if ((planned || familyOf(cue.format) === 'visit') && calledOff(sentence, cue, chinese)) {
      setAside.push(cue);
      continue;
    }
    if (
      planned &&
      familyOf(cue.format) === 'visit' &&
      (chinese ? CHINESE_ONWARD_LEG : ONWARD_LEG).test(before) &&
      !namesItsDestination(sentence, cue, chinese) &&
      !(!chinese && OWN_DAYS_AFTER.test(sentence.slice(cue.end)))
    ) {
      setAside.push(cue);
      continue;
    }
    kept.push({
      format: cue.format,
      start: cue.start,
      end: cue.end,
      planned,
      separately: chinese
        ? (before.includes('分别') || before.includes('先后')) && CHINESE_SEPARATELY.test(before)
        : englishSeparately(sentence, cue.start, cue.end, cue.format),
    });
  }
  kept.sort((a, b) => a.start - b.start);
  const welcomed = chinese ? kept : withoutTheWelcomesReception(sentence, kept);
  return !chinese && VIDEO_MEDIUM_WORD.test(sentence) ? heldOverVideo(sentence, welcomed) : welcomed;
}

/** ", where he was received by": a clause of the welcome's place, its guest taken in by its hosts. */
const RECEIVED_WHERE = /^[^.;]*,\s+where\s+(?:he|she|they)\s+$/i;

/**
 * "Albanese was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan, where he
 * was received by President Droupadi Murmu and Modi": the guest received in the welcome's own
 * place clause is the welcome told from its hosts' side, not a meeting besides it.
 */
function withoutTheWelcomesReception(sentence: string, cues: EventCue[]): EventCue[] {
  const welcome = cues.find((c) => c.format === 'welcome ceremony');
  if (!welcome) return cues;
  return cues.filter(
    (c) =>
      c.format !== 'meeting' ||
      c.start < welcome.end ||
      !/^(?:was|were)\s+(?:\w+\s+)?(?:received|hosted)\b/i.test(sentence.slice(c.start, c.end)) ||
      !RECEIVED_WHERE.test(sentence.slice(welcome.end, c.start)),
  );
}

/**
 * "held talks, via videoconference, with", "met virtually", "By video link, the two leaders held
 * talks": talks or a meeting held over a video link is a virtual meeting, wherever the medium
 * stands in its clause. A video message, address or speech is no encounter, and "virtually"
 * qualifies the encounter only beside its verb ("virtually all issues" does not).
 */
const VIDEO_MEDIUM_WORD = /video|virtual/i;
const VIDEO_MEDIUM =
  /\b(?:via|by|over|through)\s+(?:a\s+)?video(?:[\s-]*conferenc(?:e|ing)|[\s-]*link|\s+call)?\b(?!\s*(?:message|address|speech|statement|remarks))|\b(?:met|meet|meets|talks|meeting)\s+virtually\b|\bvirtually\s+(?:met|meet|held|hold)\b/gi;
/** How far, within its clause, the medium may stand from the encounter it qualifies. */
const VIDEO_MEDIUM_REACH = 80;

/** `cues` (in order) with each talks or meeting its clause says was held over video made a virtual meeting. */
function heldOverVideo(sentence: string, cues: EventCue[]): EventCue[] {
  VIDEO_MEDIUM.lastIndex = 0;
  for (let medium = VIDEO_MEDIUM.exec(sentence); medium; medium = VIDEO_MEDIUM.exec(sentence)) {
    const from = medium.index;
    const to = from + medium[0].length;
    // The cue nearest the medium, with no other cue and no clause end between them.
    const distance = (cue: EventCue) => (cue.end <= from ? from - cue.end : cue.start >= to ? cue.start - to : 0);
    const nearest = cues.reduce<EventCue | undefined>(
      (best, cue) => (!best || distance(cue) < distance(best) ? cue : best),
      undefined,
    );
    if (!nearest || familyOf(nearest.format) !== 'meeting' || distance(nearest) > VIDEO_MEDIUM_REACH) continue;
    const between = nearest.end <= from ? sentence.slice(nearest.end, from) : sentence.slice(to, nearest.start);
    if (/[.;:]/.test(between)) continue;
    nearest.format = 'virtual meeting';
  }
  return cues;
}
