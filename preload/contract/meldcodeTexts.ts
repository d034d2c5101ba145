/**
 * The guidance the meldcode's steps show beside their forms (seed 000 steps 4 and 5, seed 001),
 * in the app's own words. Keys are stored with the answers, so a reworded question keeps its answer.
 */

/** Step 4: the questions to walk through while weighing (seed 000, step 4). */
export const weighingQuestions = {
  facts: 'Wat zijn de concrete feiten en gebeurtenissen?',
  sources: 'Op welke afzonderlijke bronnen berusten ze?',
  observed: 'Wat heb je zelf waargenomen (gezien, gehoord, geroken, gevoeld)?',
  interpretation: 'Welke betekenis of welk oordeel heb je aan je waarnemingen gegeven?',
  tested: 'Heb je je waarnemingen kunnen toetsen bij collega’s, deskundigen en de jongere?',
  othersView: 'Hoe schatten zij de situatie in?',
  riskOfViolence: 'Is er volgens jou (een reëel risico op) geweld of gevaar?',
  youthsView: 'Hoe kijkt de jongere aan tegen je zorgen, je vermoeden en de voorgestelde stappen?',
  helpNeeded: 'Welke hulp zegt de jongere nodig te hebben?',
  willingToReport: 'Is de jongere bereid aangifte te doen?',
  youthsSteps: 'Welke vervolgstappen stelt de jongere zelf voor?',
  enoughProtection: 'Geeft dat genoeg bescherming, of blijft er een reëel risico op geweld of gevaar?',
  consent: 'Heb je toestemming om anderen in te schakelen of een melding te doen?',
  notDiscussed: 'Als je het vermoeden niet met de jongere hebt besproken: waarom niet, en kan het alsnog?',
  ownHelp: 'Kun je zelf hulp bieden of organiseren, of heb je anderen nodig?',
  helpKnowledge: 'Weet je genoeg over de hulp die er is?',
  helpProtects: 'Kan hulp genoeg bescherming bieden en het risico afwenden?',
  triedConsent: 'Als de jongere geen hulp wil of geen toestemming geeft: heb je alles gedaan om toestemming te krijgen?',
  reasonsWithoutConsent: 'Zijn er redenen om zonder toestemming toch te melden?',
} as const;
export type WeighingQuestion = keyof typeof weighingQuestions;
export const weighingQuestionKeys = Object.keys(weighingQuestions) as WeighingQuestion[];

/** Step 5, adults without consent: the six questions that decide whether there is a conflict of duties (seed 000, step 5). */
export const conflictOfDutiesQuestions = {
  harmBySilence: 'Levert zwijgen ernstige schade op voor de betrokkene of voor een ander?',
  speakingPrevents: 'Kun je die schade voorkomen of beperken door te spreken?',
  otherWay: 'Is er een andere manier om hetzelfde te bereiken zonder het beroepsgeheim te doorbreken?',
  consentTried: 'Heb je alles geprobeerd om toestemming te krijgen? Zo nee, waarom niet?',
  conscience: 'Kom je in gewetensnood als je het geheim bewaart?',
  whoWhatWhy: 'Als je het geheim doorbreekt: met wie spreek je, wie krijgt welke informatie en waarom? Weeg mee of de betrokkene afhankelijk is en daardoor zelf minder goed tegen het geweld kan optreden.',
} as const;
export type ConflictOfDutiesQuestion = keyof typeof conflictOfDutiesQuestions;
export const conflictOfDutiesQuestionKeys = Object.keys(conflictOfDutiesQuestions) as ConflictOfDutiesQuestion[];

/** Step 3: what helps and what gets in the way in a conversation about exploitation (seed 001). */
export const conversationTips = {
  helpful: [
    'Neem de tijd, en dan nog meer tijd.',
    'Benader de jongere persoonlijk en oprecht.',
    'Zorg dat het gesprek veilig is.',
    'Blijf neutraal en zeg open wat je doet en waarom.',
    'Toon echte belangstelling.',
    'Kom er later op terug en bied steun en begrip.',
  ],
  obstructive: [
    'Werken volgens een vast stramien in plaats van met de jongere.',
    '(Ver)oordelen of straffen.',
    'De familie erbij halen zonder dat het veilig is.',
    'De jongere de schuld geven.',
    'Sneller willen dan de jongere zelf wil.',
    'Iets anders zeggen dan je denkt of voelt.',
    'Praten zonder kennis van uitbuiting.',
  ],
} as const;
