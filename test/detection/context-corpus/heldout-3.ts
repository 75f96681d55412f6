/**
 * The final held-out part: written after every change to the classifier, run once, and reported
 * as it came out. New kinds of sites (ketamine and TMS clinics, ABA therapy, medical spas, weight
 * loss clinics…) and pages that barely name their subject. See types.ts.
 */
import type { PageSample } from './types';

const MH = 'mental-health' as const;
const GEN = 'general' as const;

export const HELDOUT_3: PageSample[] = [
  // ── English ──
  {
    id: 'h3-en-fees-page', lang: 'en', label: MH, kind: 'therapy-practice',
    url: 'https://www.northstarcounseling.net/fees',
    title: 'Fees & Insurance – Northstar Counseling Group',
    headings: ['Fees and insurance', 'Sliding scale', 'Cancellation policy'],
    text: ['Individual sessions (53 minutes) are $160. Couples sessions are $185.', 'We are in network with Aetna and Optum. We provide superbills for out-of-network reimbursement.'],
  },
  {
    id: 'h3-en-ketamine-clinic', lang: 'en', label: MH, kind: 'psychiatry',
    url: 'https://www.renewketamine.com/',
    title: 'Ketamine Therapy for Treatment-Resistant Depression | Renew',
    headings: ['When other treatments have not worked', 'How ketamine infusions work', 'Is it right for me?'],
    text: ['Our medical team provides ketamine infusions for depression, PTSD and suicidal thoughts, alongside your therapist and psychiatrist.'],
  },
  {
    id: 'h3-en-tms', lang: 'en', label: MH, kind: 'psychiatry',
    url: 'https://www.mindwavetms.com/',
    title: 'TMS Therapy | MindWave',
    description: 'FDA-cleared transcranial magnetic stimulation for major depressive disorder and OCD.',
    headings: ['A non-drug option for depression', 'What a session is like'],
    text: ['Sessions last about 20 minutes, five days a week, for six weeks. Most insurers cover TMS.'],
  },
  {
    id: 'h3-en-samaritans-branch', lang: 'en', label: MH, kind: 'crisis-support',
    url: 'https://www.samaritans.example.org/branches/leeds',
    title: 'Leeds branch | Samaritans',
    headings: ['Leeds branch', 'Volunteer with us', 'Visit us'],
    text: ['Our volunteers answer calls and emails from people who are struggling to cope.', 'Call 116 123 any time, free.'],
  },
  {
    id: 'h3-en-bipolar-support', lang: 'en', label: MH, kind: 'peer-support',
    url: 'https://www.bipolarsupport.example.org/groups',
    title: 'Peer Support Groups',
    headings: ['Find a group', 'Online groups', 'For family members'],
    text: ['Our groups are for people living with bipolar and their loved ones, led by trained peers.'],
  },
  {
    id: 'h3-en-meditation-stress-app', lang: 'en', label: MH, kind: 'meditation-mood',
    url: 'https://www.breathspace.app/',
    title: 'Breathspace: Meditation & Sleep',
    headings: ['Stress less. Sleep more.', 'Courses for anxiety', 'For companies'],
    text: ['Hundreds of guided meditations for stress, anxiety and difficult emotions, plus sleepcasts and focus music.', 'Used by more than 2,000 companies to support employee mental health.'],
  },
  {
    id: 'h3-en-psych-hospital-careers', lang: 'en', label: MH, kind: 'psychiatry',
    url: 'https://www.oakviewbehavioral.com/careers',
    title: 'Careers | Oakview Behavioral Hospital',
    headings: ['Join our team', 'Open positions', 'Benefits'],
    text: ['Oakview is a 96-bed psychiatric hospital serving adolescents and adults.', 'We are hiring mental health technicians, registered nurses and therapists.'],
  },
  {
    id: 'h3-en-aba-therapy', lang: 'en', label: GEN, kind: 'aba-therapy',
    url: 'https://www.brightfutureaba.com/',
    title: 'ABA Therapy for Children with Autism | Bright Future',
    headings: ['Applied behavior analysis', 'In-home and center-based', 'Insurance'],
    text: ['Our board certified behavior analysts create individual programs to build communication and daily living skills.', 'Therapy sessions happen at home, in school or at our center.'],
  },
  {
    id: 'h3-en-med-spa', lang: 'en', label: GEN, kind: 'wellness-clinic',
    url: 'https://www.glowmedspa.com/',
    title: 'Glow Med Spa – Botox, Fillers, Laser Hair Removal',
    headings: ['Look refreshed', 'Injectables', 'Membership'],
    text: ['Botox, dermal fillers, microneedling and IV hydration therapy.', 'Book a free consultation.'],
  },
  {
    id: 'h3-en-weight-loss', lang: 'en', label: GEN, kind: 'wellness-clinic',
    url: 'https://www.slimpathclinic.com/',
    title: 'Medical Weight Loss Clinic | SlimPath',
    headings: ['Lose weight with medical support', 'GLP-1 programs', 'Success stories'],
    text: ['Doctor-supervised weight loss programs with nutrition coaching and prescription medication.'],
  },
  {
    id: 'h3-en-plumber', lang: 'en', label: GEN, kind: 'trades',
    url: 'https://www.rapidrooterplumbing.com/',
    title: 'Rapid Rooter Plumbing – 24/7 Emergency Plumber',
    headings: ['Emergency plumbing', 'Drain cleaning', 'Water heaters'],
    text: ['Burst pipe? Call now for a plumber within the hour.'],
  },
  {
    id: 'h3-en-restaurant', lang: 'en', label: GEN, kind: 'restaurant',
    url: 'https://www.lunaosteria.com/',
    title: 'Luna Osteria – Italian Restaurant',
    headings: ['Menu', 'Reservations', 'Private dining'],
    text: ['Handmade pasta and wood-fired pizza.'],
  },
  {
    id: 'h3-en-swim-school', lang: 'en', label: GEN, kind: 'education',
    url: 'https://www.splashswimschool.com/',
    title: 'Splash Swim School – Lessons for Kids',
    headings: ['Swim lessons', 'Nervous swimmers', 'Schedule'],
    text: ['Small classes for children from six months. Gentle lessons for anxious or nervous swimmers.'],
  },
  {
    id: 'h3-en-rehab-hospital', lang: 'en', label: GEN, kind: 'hospital',
    url: 'https://www.meadowsrehabhospital.org/',
    title: 'Meadows Rehabilitation Hospital – Stroke & Spinal Cord Injury Rehab',
    headings: ['Inpatient rehabilitation', 'Conditions we treat', 'Therapy gym'],
    text: ['Three hours of physical, occupational and speech therapy a day after stroke, brain injury or amputation.'],
  },
  {
    id: 'h3-en-quit-smoking-shop', lang: 'en', label: GEN, kind: 'shop',
    url: 'https://www.pharmadirect.com/stop-smoking',
    title: 'Stop Smoking Aids – Patches, Gum & Lozenges | PharmaDirect',
    headings: ['Stop smoking', 'Nicotine patches'],
    text: ['Nicotine replacement therapy to help you quit. Free delivery over £30.'],
  },
  // ── Spanish ──
  {
    id: 'h3-es-psicologa-honorarios', lang: 'es', label: MH, kind: 'psychologist',
    url: 'https://www.lauragarciapsicologa.com/tarifas',
    title: 'Tarifas – Laura García',
    headings: ['Tarifas', 'Bonos'],
    text: ['Sesión individual de psicoterapia: 60 €. Terapia de pareja: 75 €.', 'Colegiada M-12345.'],
  },
  {
    id: 'h3-es-grupo-apoyo-tdah', lang: 'es', label: GEN, kind: 'education',
    url: 'https://www.academiarefuerzo.es/',
    title: 'Academia de refuerzo escolar',
    headings: ['Clases de refuerzo', 'Técnicas de estudio'],
    text: ['Clases para primaria y ESO. Ayudamos a gestionar el estrés de los exámenes.'],
  },
  {
    id: 'h3-es-clinica-estetica', lang: 'es', label: GEN, kind: 'wellness-clinic',
    url: 'https://www.clinicabelleza.es/',
    title: 'Clínica de medicina estética',
    headings: ['Tratamientos faciales', 'Láser'],
    text: ['Bótox, ácido hialurónico y terapia láser.'],
  },
  {
    id: 'h3-es-ansiedad-blog', lang: 'es', label: MH, kind: 'mental-health-article',
    url: 'https://www.mentesana.example.es/blog/que-hacer-ataque-ansiedad',
    title: 'Qué hacer durante un ataque de ansiedad',
    headings: ['Síntomas', 'Técnicas de respiración', 'Cuándo pedir ayuda'],
    text: ['Si los ataques se repiten, habla con tu médico o con un psicólogo.'],
  },
  // ── French ──
  {
    id: 'h3-fr-maison-des-ados', lang: 'fr', label: MH, kind: 'youth-mental-health',
    url: 'https://www.maisondesados-exemple.fr/',
    title: 'Maison des adolescents',
    headings: ['Un lieu pour les 11-25 ans', 'Consultations'],
    text: ['Accueil gratuit et confidentiel par des psychologues, éducateurs et infirmiers pour parler de mal-être, de harcèlement ou de conduites à risque.'],
  },
  {
    id: 'h3-fr-hypnose-anxiete', lang: 'fr', label: MH, kind: 'therapy-practice',
    url: 'https://www.hypnotherapeute-annecy.fr/',
    title: 'Hypnothérapeute à Annecy – Stress, anxiété, phobies',
    headings: ['Séances d\'hypnose', 'Tarifs'],
    text: ['L\'hypnose aide à apaiser l\'anxiété, les phobies et les troubles du sommeil.'],
  },
  {
    id: 'h3-fr-coiffeur', lang: 'fr', label: GEN, kind: 'beauty',
    url: 'https://www.salon-coiffure-exemple.fr/',
    title: 'Salon de coiffure – Coupe, couleur, soins',
    headings: ['Prestations', 'Réserver'],
    text: ['Soins profonds et rituels détente pour cheveux abîmés.'],
  },
  {
    id: 'h3-fr-centre-dentaire', lang: 'fr', label: GEN, kind: 'dentist',
    url: 'https://www.centre-dentaire-exemple.fr/',
    title: 'Centre dentaire – Implants et soins sous sédation',
    headings: ['Patients anxieux', 'Implantologie'],
    text: ['Vous avez peur du dentiste ? Nous proposons des soins sous sédation consciente.'],
  },
  // ── German ──
  {
    id: 'h3-de-psychiater-praxis', lang: 'de', label: MH, kind: 'psychiatry',
    url: 'https://www.praxis-dr-weber.de/',
    title: 'Praxis Dr. med. Thomas Weber – Facharzt für Psychiatrie und Psychotherapie',
    headings: ['Sprechzeiten', 'Leistungen'],
    text: ['Diagnostik und Behandlung psychischer Erkrankungen, Medikamenteneinstellung.'],
  },
  {
    id: 'h3-de-schwangerschaftsberatung', lang: 'de', label: GEN, kind: 'social-services',
    url: 'https://www.beratungsstelle-beispiel.de/schwangerschaft',
    title: 'Schwangerschaftsberatung',
    headings: ['Beratung rund um Schwangerschaft und Geburt', 'Finanzielle Hilfen'],
    text: ['Wir beraten zu Elterngeld, Mutterschutz und finanziellen Hilfen.'],
  },
  {
    id: 'h3-de-physio-sportverletzung', lang: 'de', label: GEN, kind: 'physiotherapy',
    url: 'https://www.praxis-bewegung.de/',
    title: 'Praxis Bewegung – Therapie nach Sportverletzungen',
    headings: ['Unsere Therapie', 'Kreuzbandriss'],
    text: ['Krankengymnastik am Gerät und Lymphdrainage nach Operationen.'],
  },
  // ── Portuguese ──
  {
    id: 'h3-pt-psiquiatra-consultorio', lang: 'pt', label: MH, kind: 'psychiatry',
    url: 'https://www.drcarlosmendes.com.br/',
    title: 'Dr. Carlos Mendes – Psiquiatra',
    headings: ['Atendimento', 'Convênios'],
    text: ['Consultas para depressão, ansiedade, insônia e TDAH.'],
  },
  {
    id: 'h3-pt-clinica-estetica', lang: 'pt', label: GEN, kind: 'beauty',
    url: 'https://www.esteticabela.com.br/',
    title: 'Estética Bela – Limpeza de pele e massagem',
    headings: ['Tratamentos', 'Pacotes'],
    text: ['Massagem modeladora, drenagem e terapia capilar.'],
  },
  // ── Dutch ──
  {
    id: 'h3-nl-huisartsenpraktijk', lang: 'nl', label: GEN, kind: 'primary-care',
    url: 'https://www.huisartsenpraktijk-de-linde.nl/',
    title: 'Huisartsenpraktijk De Linde',
    headings: ['Afspraak maken', 'Spreekuren', 'Praktijkondersteuner GGZ'],
    text: ['Voor medische vragen, recepten en verwijzingen.', 'Onze praktijkondersteuner GGZ helpt bij psychische klachten.'],
  },
  {
    id: 'h3-nl-eetstoornis-kliniek', lang: 'nl', label: MH, kind: 'eating-disorders',
    url: 'https://www.centrumvooreetstoornissen.nl/',
    title: 'Centrum voor Eetstoornissen',
    headings: ['Behandeling van anorexia en boulimia', 'Aanmelden'],
    text: ['Specialistische behandeling voor jongeren en volwassenen.'],
  },
  // ── Italian ──
  {
    id: 'h3-it-telefono-amico', lang: 'it', label: MH, kind: 'crisis-support',
    url: 'https://www.telefonoamico.example.it/',
    title: 'Telefono Amico – Ascolto per chi si sente solo',
    headings: ['Hai bisogno di parlare?', 'Prevenzione del suicidio'],
    text: ['I nostri volontari ti ascoltano ogni giorno, in modo anonimo.'],
  },
  {
    id: 'h3-it-negozio', lang: 'it', label: GEN, kind: 'shop',
    url: 'https://www.negozioscarpe.it/',
    title: 'Scarpe donna | Negozio online',
    headings: ['Novità', 'Saldi'],
    text: ['Spedizione gratuita. Aggiungi al carrello.'],
  },
];
