/**
 * The words the page-context classifier (context.ts) weighs, in English, Spanish, French,
 * German, Portuguese and Dutch. Written lowercase and without accents, the way the text is
 * normalised before matching. A term is one word or a phrase of words; a trailing `*` on a
 * word matches any ending ("psychotherap*" = psychotherapy, psychotherapist, Psychotherapeutin).
 *
 *  MH       — the page is about mental health: therapy, counselling, psychiatry, crisis support,
 *             addiction recovery, eating disorders, grief… (weight: how sure the word alone is)
 *  AMBIGUOUS — "therapy", "therapist" and their translations: mental health unless the page is
 *             about another kind of therapy (then they count for little)
 *  BLOCK    — must-not phrases: another kind of therapy or counselling, or a false friend
 *             ("physical therapy", "retail therapy", "massage therapist", "data recovery",
 *             "separation anxiety", "trauma centre", "financial counselling"…). They consume the
 *             words they cover, so "therapy" in "speech therapy" never counts, and they mark the
 *             page as one about something else.
 *  SITE     — what other kinds of sites call themselves (shop, hospital departments, insurer,
 *             software, gym, spa, bank…): weighed against the mental-health words.
 *
 * `langs` limits a word that means something else in another language ("angst" in English,
 * "duelo" as a sports duel is still Spanish, "luto" is also a verb in Portuguese…).
 */
/** Kinds of words: mental health, ambiguous ("therapy"), must-not, other kinds of sites. */
export type TermKind = 'mh' | 'amb' | 'block' | 'site';

/**
 * A term ready for matching, packed small (it ships in the detector): its words (without `*`),
 * which of them are stems (bit i = word i), its weight, its kind, and the languages it is limited to.
 */
export type LexiconEntry = [words: string[], stems: number, w: number, kind: TermKind, langs?: string[]];

/**
 * The terms compiled for matching, as plain JSON: the build writes it to
 * node_modules/.candor-generated/context-lexicon.json, so a page pays no time building it.
 */
export interface Lexicon {
  /** entries by their first word */
  f: Record<string, LexiconEntry[]>;
  /** entries whose first word is a stem, by the stem's first `k` letters */
  s: Record<string, LexiconEntry[]>;
  k: number;
  /** mental-health and must-not parts of long compound words */
  mi: Array<[string, number]>;
  bi: Array<[string, number]>;
}

export interface Term {
  /** words, lowercase, no accents; a trailing * on a word matches any ending */
  t: string;
  w: number;
  langs?: readonly string[];
}

const t = (text: string, w: number, langs?: readonly string[]): Term => (langs ? { t: text, w, langs } : { t: text, w });

export const MH_TERMS: readonly Term[] = [
  // ── English ──
  t('psychotherap*', 3), t('psychiatr*', 3), t('psychologist', 2.5), t('psychologists', 2.5), t('psychological', 1.5), t('psychology', 0.5),
  t('counselling', 2), t('counseling', 2), t('counsellor', 2), t('counsellors', 2), t('counselor', 2), t('counselors', 2),
  t('mental health', 3), t('mental illness', 3), t('mental illnesses', 3), t('mental ill health', 3), t('mental wellbeing', 2.5), t('mental well being', 2.5),
  t('mental wellness', 2.5), t('mental health professional', 3), t('emotional wellbeing', 2), t('emotional well being', 2), t('emotional health', 2),
  t('emotional support', 2), t('emotional distress', 2.5), t('behavioral health', 2.5), t('behavioural health', 2.5),
  t('depression', 2.5), t('depressive', 2.5), t('depressed', 2), t('low mood', 2), t('anxiety', 2), t('anxious', 1), t('anxieties', 2),
  t('panic attack*', 2.5), t('panic disorder', 2.5), t('ptsd', 3), t('post traumatic stress', 3), t('posttraumatic stress', 3), t('trauma', 1.5),
  t('ocd', 2.5), t('obsessive compulsive', 2.5), t('bipolar', 2.5), t('schizophreni*', 2.5), t('psychosis', 2.5), t('psychotic', 2),
  t('eating disorder', 3), t('eating disorders', 3), t('anorexia', 2.5), t('bulimia', 2.5), t('binge eating', 2.5), t('arfid', 2),
  t('self harm', 3), t('self injury', 3), t('suicid*', 3), t('crisis line', 2.5), t('crisis support', 2.5), t('crisis counselor', 2.5),
  t('crisis counsellor', 2.5), t('crisis counselors', 2.5), t('crisis text line', 3), t('crisis care', 2), t('crisis stabilization', 2.5),
  t('helpline', 1), t('lifeline', 1), t('samaritans', 2, ['en']), t('grief', 2), t('bereave*', 2.5), t('mourning', 1),
  t('addiction', 2.5), t('addictions', 2.5), t('substance use', 2.5), t('substance abuse', 2.5), t('substance misuse', 2.5),
  t('drug and alcohol', 2), t('alcoholism', 2.5), t('alcoholics anonymous', 3), t('narcotics anonymous', 3), t('12 step', 2), t('twelve step', 2),
  t('drinking problem', 2.5), t('alcohol use disorder', 3), t('alcohol addiction', 3), t('alcohol dependence', 3), t('sober', 1.5), t('sobriety', 1.5), t('addiction recovery', 2.5), t('early recovery', 2), t('in recovery', 1), t('dual diagnosis', 2),
  t('co occurring', 1.5), t('rehab', 1), t('detox', 1),
  t('cbt', 2.5), t('cognitive behavioral therapy', 3), t('cognitive behavioural therapy', 3), t('cognitive behavioral', 2.5), t('cognitive behavioural', 2.5),
  t('dbt', 2.5), t('dialectical behavior therapy', 3), t('emdr', 3), t('talking therapies', 3), t('talking therapy', 3), t('talk therapy', 3),
  t('couples therapy', 3), t('couples counseling', 3), t('couples counselling', 3), t('couples therapist', 3), t('couples therapists', 3),
  t('marriage counseling', 3), t('marriage counselling', 3), t('marriage and family therapist', 3), t('marriage and family therapy', 3),
  t('family therapy', 2.5), t('family therapist', 2.5), t('group therapy', 2), t('play therapy', 2), t('art therapy', 2),
  t('exposure and response prevention', 3), t('lmft', 3), t('lcsw', 3), t('lpc', 2.5), t('lmhc', 3), t('lpcc', 3), t('clinical social worker', 2.5),
  t('licensed professional counselor', 3), t('bacp', 2), t('ukcp', 2), t('employee assistance program', 3), t('employee assistance programme', 3),
  t('eap', 1.5), t('loneliness', 1), t('lonely', 1), t('support group', 1), t('support groups', 1), t('peer support', 1.5),
  t('self esteem', 1.5), t('burnout', 1.5), t('burn out', 1.5), t('mood', 1), t('postpartum depression', 3), t('perinatal', 1), t('adhd', 1.5),
  t('antidepressant*', 0.5), t('wellbeing', 0.5), t('well being', 0.5), t('mindfulness', 0.5), t('meditation', 0.3), t('meditations', 0.3),
  t('stress', 0.5), t('moods', 1), t('anxious thoughts', 2), t('dark thoughts', 2), t('overthinking', 1.5),
  // what helplines say about themselves, and their numbers
  t('need to talk', 1.5), t('someone to talk to', 1.5), t('here to listen', 1.5), t('we listen', 1), t('in crisis', 2), t('988', 2), t('741741', 3),
  t('116 123', 2), t('0800 111 0 111', 3), t('0800 111 0 222', 3), t('024', 2, ['es']), t('3114', 3, ['fr']), t('113', 1.5, ['nl']),
  t('0800 0113', 3), t('188', 1.5, ['pt']), t('rumination', 1.5), t('feel heard', 1), t('moral injury', 2),
  // ── Spanish ──
  t('psicoterap*', 3), t('psiquiatr*', 3), t('psicologo', 2.5), t('psicologa', 2.5), t('psicologos', 2.5), t('psicologas', 2.5), t('psicologia', 1),
  t('psicologica', 1.5), t('psicologico', 1.5), t('psicologicas', 1.5), t('psicologicos', 1.5), t('salud mental', 3), t('bienestar emocional', 2),
  t('trastorno mental', 3), t('trastornos mentales', 3), t('enfermedad mental', 3), t('enfermedades mentales', 3), t('depresion', 2.5),
  t('ansiedad', 2), t('ataques de panico', 2.5), t('ataque de panico', 2.5), t('estres postraumatico', 3), t('tept', 2.5, ['es', 'pt']),
  t('esquizofrenia', 2.5), t('trastorno bipolar', 3), t('trastornos de la conducta alimentaria', 3), t('trastorno de la conducta alimentaria', 3),
  t('tca', 1.5, ['es', 'fr']), t('autolesion*', 3), t('crisis emocional', 2.5), t('crisis emocionales', 2.5), t('duelo', 1.5, ['es']),
  t('adiccion', 2.5), t('adicciones', 2.5), t('drogadiccion', 2.5), t('alcoholismo', 2.5), t('desintoxicacion', 1), t('terapia de pareja', 3),
  t('terapia familiar', 2.5), t('terapia cognitivo conductual', 3), t('cognitivo conductual', 2.5), t('autoestima', 1.5), t('soledad', 0.5, ['es']),
  t('estres', 0.5), t('linea de la vida', 1.5), t('programa de asistencia al empleado', 3), t('apoyo emocional', 2.5), t('rabietas', 0.5),
  t('acoso escolar', 1), t('conductas adictivas', 3), t('adictiv*', 2, ['es']), t('necesitas hablar', 1.5), t('te escuchamos', 1.5),
  t('conducta suicida', 3), t('problemas con el alcohol', 2.5), t('dependencia del alcohol', 2.5), t('consumo de sustancias', 2),
  // ── French ──
  t('psychologue', 2.5), t('psychologues', 2.5), t('psychologique', 1.5), t('psychologiques', 1.5), t('psychologie', 1), t('sante mentale', 3),
  t('troubles psychiques', 3), t('trouble psychique', 3), t('maladie psychique', 3), t('maladies psychiques', 3), t('souffrance psychique', 3),
  t('sante psychique', 3), t('mal etre', 2), t('deprime', 1.5, ['fr']), t('anxiete', 2), t('angoisse', 1.5), t('angoisses', 1.5), t('troubles anxieux', 2.5),
  t('crise d angoisse', 2.5), t('crises d angoisse', 2.5), t('attaque de panique', 2.5), t('attaques de panique', 2.5), t('stress post traumatique', 3),
  t('bipolaire', 2.5), t('bipolaires', 2.5), t('troubles de l humeur', 3), t('troubles des conduites alimentaires', 3), t('anorexie', 2.5),
  t('boulimie', 2.5), t('hyperphagie', 2), t('automutilation', 3), t('deuil', 2, ['fr']), t('endeuill*', 2.5), t('addictolog*', 3), t('addiction', 2.5),
  t('toxicomanie', 2.5), t('alcoolisme', 2.5), t('therapie de couple', 3), t('conseillere conjugale', 3), t('conseiller conjugal', 3),
  t('therapie familiale', 2.5), t('therapies breves', 2), t('tcc', 2, ['fr']), t('ligne d ecoute', 2), t('ecoutants', 1.5), t('soutien psy', 3),
  t('problemes d alcool', 2.5), t('difficulte avec l alcool', 2.5), t('difficulte avec l alcool', 2.5), t('dependance a l alcool', 2.5),
  t('besoin de parler', 1.5), t('parler peut aider', 1.5), t('vous ecoutent', 1), t('vous ecoute', 1), t('idees noires', 2.5),
  t('centre medico psychologique', 3), t('cmp', 1.5, ['fr']), t('burn out', 1.5), t('estime de soi', 1.5), t('harcelement', 0.5),
  // ── German ──
  t('psychologe', 2.5), t('psychologin', 2.5), t('psychologinnen', 2.5), t('psychologen', 2.5), t('psychologische', 1.5), t('psychologischer', 1.5),
  t('psychologischen', 1.5), t('psychosomat*', 2.5), t('verhaltenstherap*', 3), t('traumatherap*', 3), t('paartherap*', 3), t('familientherap*', 2.5),
  t('gesprachstherap*', 3), t('gruppentherap*', 2), t('psychische gesundheit', 3), t('psychischen gesundheit', 3), t('psychische erkrankung*', 3),
  t('psychischen erkrankung*', 3), t('psychischen krisen', 3), t('psychische krisen', 3), t('psychischen krise', 3), t('psychische storung*', 3),
  t('psychische probleme', 3), t('psychische belastung*', 2.5), t('seelische gesundheit', 3), t('seelischen krisen', 3), t('seelische krise', 3),
  t('depressionen', 2.5), t('depressiv*', 2.5), t('angst', 1.5, ['de', 'nl']), t('angste', 1.5, ['de']), t('angststorung*', 3), t('panikstorung*', 3),
  t('panikattack*', 3), t('traumafolge*', 3), t('posttraumatisch*', 3), t('ptbs', 3), t('bipolare', 2.5), t('schizophren*', 2.5), t('psychose', 2.5),
  t('psychosen', 2.5), t('essstorung*', 3), t('magersucht', 3), t('bulimie', 2.5), t('suizid*', 3), t('selbstverletz*', 3), t('trauer*', 2, ['de']),
  t('suchtberat*', 3), t('suchtklinik*', 3), t('suchthilfe', 3), t('suchterkrank*', 3), t('suchtkrank*', 3), t('suchttherap*', 3),
  t('alkoholabhangig*', 2.5), t('abhangigkeit', 1.5), t('entwohnung*', 2), t('entgiftung', 1), t('telefonseelsorge', 3), t('seelsorge', 1.5),
  t('krisendienst', 3), t('selbsthilfegruppe*', 1.5), t('selbsthilfe', 1), t('selbstwert*', 1.5), t('einsamkeit', 1), t('verstimmung*', 2),
  t('wir horen dir zu', 1.5), t('wir horen ihnen zu', 1.5), t('kummer', 1.5, ['de']), t('liebeskummer', 1), t('alkoholprobleme', 2.5), t('alkoholsucht', 3), t('erschopfungsdepression', 3), t('mitarbeiterberatung', 3), t('schulverweigerung', 1.5), t('adhs', 1.5),
  // ── Portuguese ──
  t('saude mental', 3), t('sofrimento psiquico', 3), t('transtorno mental', 3), t('transtornos mentais', 3), t('doenca mental', 3), t('doencas mentais', 3),
  t('psicossocial', 2), t('depressao', 2.5), t('ansiedade', 2), t('crise de ansiedade', 2.5), t('crises de ansiedade', 2.5), t('sindrome do panico', 2.5),
  t('estresse pos traumatico', 3), t('transtorno bipolar', 3), t('transtornos alimentares', 3), t('transtorno alimentar', 3), t('automutila*', 3),
  t('luto', 1.5, ['pt']), t('dependencia quimica', 3), t('terapia de casal', 3), t('terapia cognitivo comportamental', 3), t('cognitivo comportamental', 2.5),
  t('precisa conversar', 1.5), t('precisa de apoio', 1), t('problemas com alcool', 2.5), t('alcoolismo', 2.5), t('apoio emocional', 2.5), t('valorizacao da vida', 2), t('acompanhamento psicologico', 2.5), t('estresse', 0.5), t('panico', 1.5, ['pt', 'es']),
  // ── Dutch ──
  t('psycholoog', 2.5), t('psychologen', 2.5), t('psychologenpraktijk', 3), t('ggz', 3), t('geestelijke gezondheid*', 3), t('psychische klachten', 3),
  t('psychische problemen', 3), t('psychische gezondheid', 3), t('depressie', 2.5), t('somber', 1.5, ['nl']), t('somberheid', 1.5), t('angststoornis*', 3),
  t('stemmingsklachten', 3), t('paniekaanval*', 2.5), t('ptss', 3), t('psychose', 2.5), t('eetstoornis*', 3), t('zelfmoord*', 3), t('zelfbeschadig*', 3),
  t('rouw', 2, ['nl']), t('rouwbegeleiding', 3), t('rouwverwerking', 3), t('verslaving*', 2.5), t('verslavingszorg', 3), t('relatietherap*', 3),
  t('gezinstherap*', 2.5), t('groepstherap*', 2), t('luisterlijn', 2), t('eenzaam*', 1, ['nl']), t('persoonlijkheidsproblematiek', 3),
  t('praat erover', 1.5), t('wij luisteren', 1), t('gz psycholoog', 3), t('basis ggz', 3), t('alcoholverslaving', 3),
  // ── Italian (a few words, for pages in Italian that carry a chat) ──
  t('salute mentale', 3, ['it']), t('psicologi', 2.5, ['it']), t('psichiatr*', 3), t('ansia', 2, ['it']), t('depressione', 2.5), t('terapia di coppia', 3),
  t('lutto', 2, ['it']), t('bisogno di parlare', 1.5), t('ti ascoltano', 1), t('ascolto', 1, ['it']), t('solitudine', 1, ['it']), t('dipendenze', 2, ['it']), t('disturbi alimentari', 3), t('attacchi di panico', 2.5),
];

/**
 * Words that contain a mental-health part inside a compound (German and Dutch glue words:
 * "Kinder- und Jugendlichenpsychotherapie", "kinderpsycholoog"). Checked inside long words only.
 */
export const MH_INFIXES: ReadonlyArray<[string, number]> = [
  ['psychotherap', 3], ['psychiat', 3], ['psycholog', 2], ['psychosomat', 2.5], ['suchtberat', 3], ['trauerbegleit', 3], ['krisendienst', 3],
];

export const AMBIGUOUS_TERMS: readonly Term[] = [
  t('therapy', 1.5), t('therapies', 1.5), t('therapist', 1.5), t('therapists', 1.5), t('therapeutic', 0.5),
  t('terapia', 1.5), t('terapias', 1.5), t('terapeuta', 1.5), t('terapeutas', 1.5), t('terapeutico', 0.5), t('terapeutica', 0.5),
  t('therapie', 1.5), t('therapies', 1.5), t('therapeute', 1.5), t('therapeutes', 1.5), t('therapeutique', 0.5),
  t('therapien', 1.5), t('therapeut', 1.5), t('therapeutin', 1.5), t('therapeuten', 1.5), t('therapeutinnen', 1.5), t('therapeutische', 0.5),
];

export const BLOCK_TERMS: readonly Term[] = [
  // another kind of therapy or therapist
  t('physical therapy', 3), t('physical therapist', 3), t('physical therapists', 3), t('physiotherap*', 3), t('physio', 2), t('sports therapy', 2),
  t('speech therapy', 3), t('speech therapist', 3), t('speech therapists', 3), t('speech and language therapy', 3), t('speech language', 3),
  t('occupational therapy', 3), t('occupational therapist', 3), t('occupational therapists', 3), t('hand therapy', 2.5), t('manual therapy', 2),
  t('massage therapy', 3), t('massage therapist', 3), t('massage therapists', 3), t('spa therapist', 3), t('spa therapists', 3), t('beauty therapist', 3),
  t('retail therapy', 3), t('respiratory therapy', 3), t('respiratory therapist', 3), t('radiation therapy', 3), t('radiotherap*', 3), t('chemotherap*', 3),
  t('immunotherap*', 2), t('hormone therapy', 3), t('hormone replacement therapy', 3), t('gene therapy', 3), t('cell therapy', 3), t('iv therapy', 3),
  t('infusion therapy', 3), t('light therapy', 3), t('laser therapy', 3), t('red light therapy', 3), t('cold therapy', 3), t('cryotherap*', 3),
  t('heat therapy', 3), t('oxygen therapy', 3), t('hyperbaric', 2), t('aromatherap*', 3), t('vision therapy', 3), t('sound therapy', 2),
  t('cpap therapy', 3), t('oral appliance therapy', 3), t('tinnitus therapy', 3), t('shockwave therapy', 3), t('hair therapy', 3), t('skin therapy', 3),
  t('pediatric therapy', 2), t('paediatric therapy', 2), t('feeding therapy', 2.5), t('sensory processing', 1.5), t('sensory integration', 2),
  t('motor skills', 1.5), t('fine motor', 2), t('speech', 1.5, ['en']), t('occupational', 2), t('ot', 1, ['en']), t('pt', 1, ['en']),
  t('hippotherap*', 3), t('aba therapy', 3), t('applied behavior analysis', 3), t('behavior analyst', 2.5), t('behavior analysts', 2.5), t('dry needling', 2), t('chiropract*', 2.5), t('osteopath*', 2.5), t('reflexology', 2),
  // other counselling
  t('financial counseling', 3), t('financial counselling', 3), t('credit counseling', 3), t('credit counselors', 3), t('credit counselor', 3),
  t('debt counselling', 3), t('debt counseling', 3), t('career counselling', 3), t('career counseling', 3), t('career counsellors', 3),
  t('career counselors', 3), t('genetic counseling', 3), t('genetic counselling', 3), t('genetic counselors', 3), t('genetic counselor', 3),
  t('nutrition counseling', 3), t('nutrition counselling', 3), t('nutritional counseling', 3), t('dietary counseling', 3), t('lactation', 2),
  t('admissions counselor', 3), t('legal counsel', 3), t('academic counseling', 3), t('college counseling', 3), t('camp counselor', 3),
  // false friends
  t('data recovery', 3), t('disaster recovery', 3), t('account recovery', 3), t('password recovery', 3), t('muscle recovery', 2), t('recovery room', 2),
  t('hangover recovery', 3), t('separation anxiety', 3), t('performance anxiety', 1), t('dental anxiety', 3), t('trauma center', 3), t('trauma centre', 3),
  t('trauma surgery', 3), t('trauma surgeon', 3), t('major trauma', 3), t('winter blues', 1), t('great depression', 3), t('tropical depression', 3),
  t('couples massage', 3), t('couples retreat', 2), t('sleep stories', 2), t('sleep story', 2), t('sleep sounds', 2), t('white noise', 1.5),
  t('noise phobia', 3), t('psycho oncolog*', 1), t('psychoonkolog*', 1),
  // Spanish
  t('fisioterap*', 3), t('terapia fisica', 3), t('terapia ocupacional', 3), t('terapeuta ocupacional', 3), t('terapeutas ocupacionales', 3),
  t('logoped*', 3), t('fonoaudiolog*', 3), t('terapia del lenguaje', 3), t('terapia del habla', 3), t('terapia miofuncional', 3), t('kinesiolog*', 3),
  t('quiropract*', 2.5), t('masaje', 2), t('masajes', 2), t('masajista', 2), t('terapia manual', 2), t('puncion seca', 2), t('quimioterap*', 3),
  t('terapia hormonal', 3), t('recuperacion de datos', 3), t('ansiedad por separacion', 3), t('osteopat*', 2.5),
  // French
  t('kinesitherap*', 3), t('kine', 2, ['fr']), t('orthophon*', 3), t('ergotherap*', 3), t('massotherap*', 3), t('thalassotherap*', 3),
  t('luminotherap*', 3), t('therapie manuelle', 2), t('recuperation de donnees', 3), t('reeducation', 1.5),
  // German
  t('krankengymnastik', 3), t('manuelle therapie', 2), t('logopad*', 3), t('sprachtherap*', 3), t('handtherap*', 2.5), t('strahlentherap*', 3),
  t('hormontherap*', 3), t('lichttherap*', 3), t('schmerztherap*', 2), t('massage', 2), t('massagen', 2), t('massagepraxis', 3), t('lymphdrainage', 2),
  t('datenrettung', 3), t('radioonkolog*', 2),
  // Portuguese
  t('massoterap*', 3), t('terapia capilar', 3), t('recuperacao de dados', 3), t('drenagem linfatica', 2), t('massagem', 2),
  // Dutch
  t('fysiotherap*', 3), t('oefentherap*', 3), t('manuele therapie', 2), t('dataherstel', 3), t('sportblessures', 2),
];

/** Pieces of longer words that mark another kind of therapy ("Sportphysiotherapie"). */
export const BLOCK_INFIXES: ReadonlyArray<[string, number]> = [
  ['physiotherap', 3], ['fisioterap', 3], ['fysiotherap', 3], ['ergotherap', 3], ['logopad', 3], ['logoped', 3], ['strahlentherap', 3],
];

export const SITE_TERMS: readonly Term[] = [
  // shops
  t('add to cart', 2), t('add to basket', 2), t('anadir a la cesta', 2), t('ajouter au panier', 2), t('in den warenkorb', 2), t('adicionar ao carrinho', 2),
  t('in winkelwagen', 2), t('free shipping', 1.5), t('free delivery', 1.5), t('envio gratis', 1.5), t('livraison offerte', 1.5), t('kostenloser versand', 1.5),
  t('frete gratis', 1.5), t('gratis bezorging', 1.5), t('checkout', 1), t('shop', 1), t('store', 1), t('tienda', 1), t('boutique', 1), t('loja', 1),
  t('webshop', 1), t('sale', 0.5), t('rebajas', 1), t('new arrivals', 1), t('deals', 1), t('ofertas', 0.5), t('promotion', 0.5), t('subscribe and save', 1.5),
  t('products', 0.5), t('product', 0.5),
  // software and business
  t('software', 1.5), t('saas', 1.5), t('logiciel', 1.5), t('hr software', 2), t('payroll', 1.5), t('paie', 1.5, ['fr']), t('lohnabrechnung', 1.5),
  t('salarisadministratie', 1.5), t('benefits administration', 2), t('open enrollment', 1.5), t('personalverwaltung', 1.5), t('request a demo', 1),
  t('see a demo', 1), t('demo', 0.5), t('pricing', 0.5), t('invoicing', 1.5), t('bookkeeping', 1.5),
  // insurance and finance
  t('insurance', 0.5), t('health insurance', 2), t('coverage', 0.5), t('get a quote', 1.5), t('insurer', 1), t('premium', 1), t('premiums', 1), t('deductible', 1.5), t('deductibles', 1.5),
  t('seguro', 1), t('seguro de salud', 2), t('mutuelle', 1.5), t('complementaire sante', 2), t('krankenkasse', 1.5), t('plano de saude', 2),
  t('zorgverzekering', 2), t('premie', 1), t('bank', 1), t('banco', 1), t('banque', 1), t('mortgage', 1.5), t('hipoteca', 1.5), t('credit immobilier', 1.5),
  // other health care
  t('hospital', 1.5), t('hopital', 1.5), t('krankenhaus', 1.5), t('klinikum', 1.5), t('ziekenhuis', 1.5), t('medical center', 1.5), t('chu', 1, ['fr']),
  t('cardiology', 1.5), t('cardiologia', 1.5), t('cardiologie', 1.5), t('kardiologie', 1.5), t('oncology', 1.5), t('oncologia', 1.5), t('oncologie', 1.5),
  t('onkologie', 1.5), t('orthopedics', 1.5), t('ortopedia', 1.5), t('orthopadie', 1.5), t('traumatologia', 1.5), t('pediatrics', 1.5), t('pediatria', 1.5),
  t('pediatrie', 1.5), t('kinderheilkunde', 1.5), t('dermatolog*', 1.5), t('radiology', 1.5), t('imaging', 0.5), t('emergency department', 1.5),
  t('urgencias', 1), t('urgences', 1), t('notaufnahme', 1), t('maternity', 1), t('geburtshilfe', 1), t('cancer', 1), t('cancerologie', 1),
  t('dentist', 2), t('dentistry', 2), t('dental', 1.5), t('dentista', 2), t('dentaire', 1.5), t('tandarts', 2), t('optician*', 2), t('eye test', 1.5),
  t('audiolog*', 1.5), t('hearing aids', 2), t('pharmacy', 2), t('pharmacist*', 1), t('farmacia', 2), t('pharmacie', 2), t('apotheke', 2),
  t('apotheek', 2), t('drogaria', 2), t('prescriptions', 1), t('prescription', 1), t('e rezept', 1.5), t('ordonnance', 1), t('sleep apnea', 2),
  t('primary care', 2), t('family doctor', 2), t('family practice', 2), t('family medicine', 2), t('general practice', 1.5), t('physicals', 1),
  t('vaccinations', 1), t('vaccines', 1), t('urgent care', 2), t('walk ins', 1), t('gp', 1, ['en']), t('huisarts*', 2), t('hausarzt*', 2),
  t('allgemeinmedizin', 2), t('medecin generaliste', 2), t('medico de cabecera', 2), t('atencion primaria', 2), t('medico de familia', 2),
  t('clinica geral', 2), t('medicina generale', 2), t('spreekuur', 1), t('spreekuren', 1), t('sprechzeiten', 0.5),
  t('injury', 1), t('injuries', 1), t('back pain', 1.5), t('dolor de espalda', 1.5), t('ruckenschmerzen', 1.5), t('rugklachten', 1.5), t('lesiones', 1),
  // fitness, beauty, travel
  t('gym', 1.5), t('gimnasio', 1.5), t('fitnessstudio', 1.5), t('academia', 1, ['pt']), t('personal training', 1), t('yoga', 1.5), t('pilates', 1),
  t('vinyasa', 1.5), t('spa', 1.5), t('day spa', 2), t('facials', 1.5), t('salon', 1), t('resort', 1.5), t('hotel', 1.5), t('wellnesshotel', 2),
  t('flights', 1.5), t('vuelos', 1.5), t('vakantie', 1), t('sleep better', 1.5), t('fall asleep', 1.5), t('einschlaf*', 1.5),
  // other domains
  t('university', 1), t('undergraduate', 1.5), t('course requirements', 1.5), t('lessons', 1), t('attorney*', 2), t('lawyer*', 2), t('abogad*', 2),
  t('avocat*', 2), t('funeral', 2), t('obituaries', 2), t('cremation', 2), t('veterinar*', 2), t('dogs', 1), t('dog', 1), t('pets', 1), t('perros', 1),
  t('hard drive', 1.5), t('hard drives', 1.5), t('ssd', 1.5), t('raid', 1), t('ransomware', 1.5), t('wedding', 1.5), t('car rental', 1.5),
];

/** Stems are looked up by their first letters: every stem is at least this long. */
const STEM_KEY = 5;

/** Compiles the term lists (at build time for the extension; on first use in tests and tools). */
export function compileLexicon(): Lexicon {
  const lexicon: Lexicon = { f: {}, s: {}, k: STEM_KEY, mi: MH_INFIXES.map(([a, b]) => [a, b]), bi: BLOCK_INFIXES.map(([a, b]) => [a, b]) };
  const lists: Array<[readonly Term[], TermKind]> = [
    [MH_TERMS, 'mh'],
    [AMBIGUOUS_TERMS, 'amb'],
    [BLOCK_TERMS, 'block'],
    [SITE_TERMS, 'site'],
  ];
  for (const [terms, kind] of lists) {
    for (const term of terms) {
      const raw = term.t.split(' ');
      const words = raw.map((w) => w.replace(/\*$/, ''));
      let stems = 0;
      raw.forEach((w, i) => {
        if (w.endsWith('*')) stems |= 1 << i;
      });
      const entry: LexiconEntry = term.langs ? [words, stems, term.w, kind, [...term.langs]] : [words, stems, term.w, kind];
      const first = words[0]!;
      if (stems & 1) {
        if (first.length < STEM_KEY) throw new Error(`context term "${term.t}": a stem needs at least ${STEM_KEY} letters`);
        (lexicon.s[first.slice(0, STEM_KEY)] ??= []).push(entry);
      } else {
        (lexicon.f[first] ??= []).push(entry);
      }
    }
  }
  return lexicon;
}

let compiled: Lexicon | null = null;
/** The compiled lexicon, built once (tests, tools and the benchmark; the extension ships it prebuilt). */
export function lexicon(): Lexicon {
  compiled ??= compileLexicon();
  return compiled;
}
