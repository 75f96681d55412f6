/**
 * A second held-out part, written after the first one had been looked at (its three misses led
 * to the "heading plus text" rule and to a few alcohol phrases), and never used for tuning. Pages
 * here are longer and noisier — menus full of items, cookie text, mixed topics — like real sites.
 * See types.ts.
 */
import type { PageSample } from './types';

const MH = 'mental-health' as const;
const GEN = 'general' as const;

export const HELDOUT_2: PageSample[] = [
  // ── English ──
  {
    id: 'h2-en-group-practice-home', lang: 'en', label: MH, kind: 'therapy-practice',
    url: 'https://www.willowcreekwellness.com/',
    title: 'Home | Willow Creek Wellness Collective',
    nav: ['Home', 'Our Clinicians', 'Individual Therapy', 'Teens', 'Couples', 'Groups', 'Rates & Insurance', 'Blog', 'Contact'],
    headings: ['You deserve support that works', 'Specialties', 'Now accepting new clients'],
    text: [
      'We are a collective of therapists and counselors serving Chicago and all of Illinois via telehealth.',
      'Specialties include perinatal mood disorders, LGBTQ+ affirming care, trauma, life transitions and burnout.',
      'Free 15-minute phone consultation. We accept Blue Cross Blue Shield, Aetna and Cigna.',
    ],
  },
  {
    id: 'h2-en-hospital-bh-page', lang: 'en', label: MH, kind: 'behavioral-health',
    url: 'https://www.lakeviewhealth.org/services/behavioral-health',
    title: 'Behavioral Health Services | Lakeview Health',
    nav: ['Find a Doctor', 'Locations', 'Services', 'Patients & Visitors', 'MyChart', 'Careers', 'Donate'],
    headings: ['Behavioral Health', 'Inpatient psychiatric care', 'Outpatient programs', 'Crisis resources'],
    text: [
      'Our behavioral health team includes psychiatrists, psychologists, licensed clinical social workers and psychiatric nurses.',
      'Partial hospitalization and intensive outpatient programs for adults living with depression, bipolar disorder and anxiety.',
      'If you or someone you know is in crisis, call or text 988.',
    ],
  },
  {
    id: 'h2-en-anxiety-uk-charity', lang: 'en', label: MH, kind: 'mental-health-charity',
    url: 'https://www.anxietyhelp.example.org.uk/',
    title: 'Anxiety Help – User-led charity for anxiety, stress and phobias',
    description: 'Information, therapy services and a helpline for people living with anxiety disorders.',
    headings: ['Living with anxiety?', 'Access therapy', 'Membership'],
    text: ['Our helpline is staffed by volunteers with lived experience of anxiety.', 'Low-cost therapy with accredited therapists, including hypnotherapy and counselling.'],
  },
  {
    id: 'h2-en-recovery-center-admissions', lang: 'en', label: MH, kind: 'addiction-recovery',
    url: 'https://www.harborhouserecovery.com/admissions',
    title: 'Admissions | Harbor House',
    nav: ['Treatment', 'Detox', 'Residential', 'Outpatient', 'Family Program', 'Alumni', 'Admissions'],
    headings: ['Start treatment today', 'What to bring', 'Paying for rehab'],
    text: [
      'Our admissions counselors are available 24/7 to answer questions about drug and alcohol treatment.',
      'Most clients begin with medically monitored detox before moving into residential care.',
      'We work with most commercial insurance plans.',
    ],
  },
  {
    id: 'h2-en-companion-app-landing', lang: 'en', label: MH, kind: 'ai-mental-health',
    url: 'https://www.kindredmind.app/',
    title: 'Kindred – Journal, reflect, feel better',
    description: 'A private AI journal that helps you understand your moods and manage anxious thoughts.',
    headings: ['Your thoughts, untangled', 'Daily mood check-ins', 'Built with clinicians'],
    text: ['Write how you feel and Kindred helps you spot patterns in your mood, sleep and stress.', 'Kindred is not therapy. If you are struggling, reach out to a professional or a crisis line.'],
  },
  {
    id: 'h2-en-school-counseling-ms', lang: 'en', label: MH, kind: 'student-counselling',
    url: 'https://www.district.example.k12.us/wellness',
    title: 'Student Wellness Center',
    headings: ['Student Wellness Center', 'Talk to someone', 'Resources for families'],
    text: [
      'Our school counselors, social workers and school psychologist support students with stress, anxiety, grief and friendship problems.',
      'Students can drop in during lunch or request an appointment through the front office.',
      'After hours, text or call 988 for the Suicide & Crisis Lifeline.',
    ],
  },
  {
    id: 'h2-en-sporting-goods', lang: 'en', label: GEN, kind: 'shop',
    url: 'https://www.trailheadoutfitters.com/recovery',
    title: 'Recovery Tools – Foam Rollers, Massage Guns & Compression | Trailhead',
    nav: ['Men', 'Women', 'Footwear', 'Camping', 'Recovery', 'Sale'],
    headings: ['Recovery', 'Massage guns', 'Top rated'],
    text: ['Speed up recovery after long runs with foam rollers and percussion massage guns.', 'Free shipping over $49. Add to cart.'],
  },
  {
    id: 'h2-en-pediatric-therapy-center', lang: 'en', label: GEN, kind: 'speech-therapy',
    url: 'https://www.brightstepskids.com/',
    title: 'Bright Steps Pediatric Therapy | Speech, OT & PT',
    nav: ['Home', 'Speech', 'Occupational', 'Physical', 'Feeding', 'Insurance', 'Careers'],
    headings: ['Therapy that helps kids thrive', 'Our services', 'Getting started'],
    text: [
      'Our therapists work with children from birth to 18 on communication, motor skills, feeding and sensory needs.',
      'Each child gets an evaluation and a therapy plan with clear goals. Parents are welcome in every session.',
    ],
  },
  {
    id: 'h2-en-corporate-wellness-vendor', lang: 'en', label: GEN, kind: 'hr-software',
    url: 'https://www.thrivework.io/',
    title: 'Thrivework – Employee engagement and wellness platform',
    headings: ['Engaged teams perform better', 'Recognition', 'Wellness challenges', 'Integrations'],
    text: [
      'Run step challenges, send peer recognition and survey your people in one platform.',
      'Integrates with Slack, Teams, Workday and your EAP provider.',
      'Request a demo.',
    ],
  },
  {
    id: 'h2-en-bookstore-selfhelp', lang: 'en', label: GEN, kind: 'shop',
    url: 'https://www.pagesandco.com/category/self-help',
    title: 'Self-Help & Personal Growth Books | Pages & Co.',
    headings: ['Self-help', 'Bestsellers', 'Staff picks'],
    text: ['Books on habits, productivity, relationships and finding calm.', 'Free shipping on orders over $25. Add to basket.'],
  },
  {
    id: 'h2-en-meditation-focus-app', lang: 'en', label: GEN, kind: 'sleep-app',
    url: 'https://www.stillpoint.app/',
    title: 'Stillpoint – Focus music and sleep sounds',
    headings: ['Focus better. Sleep deeper.', 'Soundscapes', 'Pricing'],
    text: ['Science-backed soundscapes for deep work, relaxation and sleep.', 'Try 7 days free, then $59.99 a year.'],
  },
  {
    id: 'h2-en-urgent-care', lang: 'en', label: GEN, kind: 'primary-care',
    url: 'https://www.quickcareclinics.com/',
    title: 'QuickCare Urgent Care – Walk-ins Welcome',
    headings: ['Walk in or save your spot', 'What we treat', 'Insurance'],
    text: ['Colds and flu, sprains, minor cuts, UTIs, X-rays and lab tests.', 'Open 8am to 8pm, seven days a week.'],
  },
  {
    id: 'h2-en-pet-insurance', lang: 'en', label: GEN, kind: 'insurance',
    url: 'https://www.pawsure.com/',
    title: 'Pet Insurance for Dogs & Cats | PawSure',
    headings: ['Protect your best friend', 'What is covered', 'Get a quote'],
    text: ['Accidents, illnesses, hereditary conditions and behavioral therapy for anxious pets.', 'Use any licensed vet in the US.'],
  },
  {
    id: 'h2-en-equine-hippotherapy', lang: 'en', label: GEN, kind: 'physiotherapy',
    url: 'https://www.gallopgardenhippotherapy.org/',
    title: 'Gallop Garden – Hippotherapy & Adaptive Riding',
    headings: ['Hippotherapy', 'Adaptive riding lessons', 'Volunteer'],
    text: ['Physical, occupational and speech therapists use the movement of the horse to improve balance, core strength and coordination.'],
  },
  // ── Spanish ──
  {
    id: 'h2-es-centro-psicologia-home', lang: 'es', label: MH, kind: 'psychologist',
    url: 'https://www.centroaura.es/',
    title: 'Centro Aura | Inicio',
    nav: ['Inicio', 'Equipo', 'Terapia individual', 'Terapia de pareja', 'Infantojuvenil', 'Tarifas', 'Contacto'],
    headings: ['Te acompañamos en tu proceso', 'Áreas de intervención', 'Primera cita'],
    text: ['Somos psicólogas sanitarias especializadas en trauma, ansiedad, duelo y regulación emocional.', 'Atendemos en Granada y online.'],
  },
  {
    id: 'h2-es-unidad-conductas-adictivas', lang: 'es', label: MH, kind: 'addiction-recovery',
    url: 'https://www.ayuntamiento.example.es/uca',
    title: 'Unidad de Conductas Adictivas (UCA)',
    headings: ['¿Qué es la UCA?', 'Cómo acceder'],
    text: ['Atención gratuita a personas con problemas de adicción al alcohol, las drogas o el juego, y a sus familias.', 'Equipo de medicina, psicología y trabajo social.'],
  },
  {
    id: 'h2-es-fundacion-prevencion-suicidio', lang: 'es', label: MH, kind: 'crisis-support',
    url: 'https://www.fundacionesperanza.example.org/',
    title: 'Fundación Esperanza – Prevención de la conducta suicida',
    headings: ['Si estás pensando en quitarte la vida', 'Para familiares', 'Formación'],
    text: ['Habla con alguien hoy. Llama al 024, la línea de atención a la conducta suicida.', 'No estás solo.'],
  },
  {
    id: 'h2-es-tienda-colchones', lang: 'es', label: GEN, kind: 'shop',
    url: 'https://www.descansoperfecto.es/',
    title: 'Colchones y almohadas | Descanso Perfecto',
    headings: ['Duerme mejor', 'Colchones viscoelásticos', 'Envío gratis'],
    text: ['Reduce el estrés y descansa mejor con nuestros colchones.', '100 noches de prueba. Añadir a la cesta.'],
  },
  {
    id: 'h2-es-centro-rehabilitacion-fisica', lang: 'es', label: GEN, kind: 'physiotherapy',
    url: 'https://www.rehabilitacionintegral.mx/',
    title: 'Centro de Rehabilitación Integral',
    headings: ['Rehabilitación física', 'Terapia de lenguaje', 'Hidroterapia'],
    text: ['Nuestros terapeutas físicos atienden secuelas de fracturas, lesiones deportivas y enfermedades neurológicas.', 'Terapia en alberca para adultos mayores.'],
  },
  {
    id: 'h2-es-seguro-mascotas', lang: 'es', label: GEN, kind: 'insurance',
    url: 'https://www.seguromascota.es/',
    title: 'Seguro para perros y gatos',
    headings: ['Protege a tu mascota', 'Coberturas'],
    text: ['Veterinario 24 horas, responsabilidad civil y asistencia en viaje.'],
  },
  // ── French ──
  {
    id: 'h2-fr-sos-amitie', lang: 'fr', label: MH, kind: 'crisis-support',
    url: 'https://www.ecoute-solidaire.example.fr/',
    title: 'Écoute Solidaire – Parler peut aider',
    headings: ['Besoin de parler ?', 'Devenir bénévole écoutant'],
    text: ['Solitude, angoisse, idées noires : nos bénévoles vous écoutent jour et nuit, de façon anonyme.', 'Si vous pensez au suicide, appelez le 3114.'],
  },
  {
    id: 'h2-fr-cabinet-psy-enfants', lang: 'fr', label: MH, kind: 'psychologist',
    url: 'https://www.psy-enfant-montpellier.fr/',
    title: 'Psychologue pour enfants et adolescents – Montpellier',
    headings: ['Consultations', 'Troubles anxieux chez l\'enfant', 'Guidance parentale'],
    text: ['Phobie scolaire, anxiété, colères, difficultés relationnelles : je reçois les enfants et leurs parents.'],
  },
  {
    id: 'h2-fr-salle-sport', lang: 'fr', label: GEN, kind: 'gym',
    url: 'https://www.salle-sport-lyon.fr/',
    title: 'Salle de sport à Lyon – Musculation, cardio, cours collectifs',
    headings: ['Abonnements', 'Cours collectifs', 'Coaching'],
    text: ['Évacuez le stress avec nos cours de boxe et de yoga.', 'Sans engagement.'],
  },
  {
    id: 'h2-fr-centre-reeducation', lang: 'fr', label: GEN, kind: 'physiotherapy',
    url: 'https://www.centre-reeducation-exemple.fr/',
    title: 'Centre de rééducation fonctionnelle',
    headings: ['Nos équipes', 'Balnéothérapie'],
    text: ['Kinésithérapeutes, ergothérapeutes et orthophonistes accompagnent les patients après un AVC ou une chirurgie.'],
  },
  {
    id: 'h2-fr-parfumerie', lang: 'fr', label: GEN, kind: 'shop',
    url: 'https://www.parfumerie-exemple.fr/bien-etre',
    title: 'Bien-être et relaxation – Bougies et huiles | Parfumerie',
    headings: ['Bien-être', 'Aromathérapie'],
    text: ['Huiles essentielles, bougies parfumées et coffrets détente.', 'Livraison offerte dès 60 €.'],
  },
  // ── German ──
  {
    id: 'h2-de-ambulanz-psychotherapie', lang: 'de', label: MH, kind: 'therapy-service',
    url: 'https://www.uni-beispiel.de/psychotherapie-ambulanz',
    title: 'Hochschulambulanz für Psychotherapie',
    headings: ['Anmeldung', 'Behandlungsangebot', 'Wartezeiten'],
    text: ['Wir bieten ambulante Verhaltenstherapie bei Depressionen, Ängsten, Zwängen und Essstörungen.', 'Die Kosten übernimmt die Krankenkasse.'],
  },
  {
    id: 'h2-de-nummer-gegen-kummer', lang: 'de', label: MH, kind: 'youth-mental-health',
    url: 'https://www.kummerlinie.example.de/',
    title: 'Kummerlinie – Beratung für Kinder und Jugendliche',
    headings: ['Du hast Sorgen?', 'Chat und Telefon'],
    text: ['Ob Stress in der Schule, Liebeskummer, Mobbing oder Gedanken an Selbstverletzung: Wir hören dir zu.', 'Anonym und kostenlos.'],
  },
  {
    id: 'h2-de-pflegedienst', lang: 'de', label: GEN, kind: 'care',
    url: 'https://www.pflegedienst-sonnenschein.de/',
    title: 'Ambulanter Pflegedienst Sonnenschein',
    headings: ['Unsere Leistungen', 'Kosten'],
    text: ['Grundpflege, Behandlungspflege und Hilfe im Haushalt.', 'Wir beraten Sie zur Pflegeversicherung.'],
  },
  {
    id: 'h2-de-sportverein', lang: 'de', label: GEN, kind: 'club',
    url: 'https://www.tsv-beispiel.de/',
    title: 'TSV Beispiel e.V. – Fußball, Turnen, Tennis',
    headings: ['Abteilungen', 'Mitglied werden'],
    text: ['Über 1.200 Mitglieder in 12 Abteilungen.'],
  },
  {
    id: 'h2-de-reha-klinik-orthopaedie', lang: 'de', label: GEN, kind: 'hospital',
    url: 'https://www.reha-klinik-am-park.de/',
    title: 'Reha-Klinik am Park – Orthopädie und Neurologie',
    headings: ['Orthopädische Rehabilitation', 'Therapieangebot'],
    text: ['Physiotherapie, Ergotherapie, Sporttherapie und medizinische Trainingstherapie nach Gelenkersatz.'],
  },
  // ── Portuguese ──
  {
    id: 'h2-pt-clinica-ansiedade', lang: 'pt', label: MH, kind: 'therapy-practice',
    url: 'https://www.clinicacalma.com.br/',
    title: 'Clínica Calma | Tratamento para ansiedade e depressão',
    headings: ['Psicoterapia', 'Psiquiatria', 'Agende'],
    text: ['Equipe de psicólogos e psiquiatras para cuidar da sua saúde emocional.'],
  },
  {
    id: 'h2-pt-linha-sns24', lang: 'pt', label: MH, kind: 'crisis-support',
    url: 'https://www.apoio-psicologico.example.pt/',
    title: 'Linha de aconselhamento psicológico',
    headings: ['Precisa de apoio?', 'Como funciona'],
    text: ['Psicólogos atendem chamadas de pessoas em sofrimento, 24 horas por dia.'],
  },
  {
    id: 'h2-pt-pet-shop', lang: 'pt', label: GEN, kind: 'pets',
    url: 'https://www.petfeliz.com.br/',
    title: 'Pet Feliz – Ração, brinquedos e banho e tosa',
    headings: ['Cães', 'Gatos', 'Ofertas'],
    text: ['Frete grátis acima de R$ 150.', 'Adicionar ao carrinho.'],
  },
  {
    id: 'h2-pt-escola-idiomas', lang: 'pt', label: GEN, kind: 'education',
    url: 'https://www.escolaidiomas.pt/',
    title: 'Escola de Idiomas – Inglês e Francês',
    headings: ['Cursos', 'Horários'],
    text: ['Aulas de grupo e individuais para todas as idades.'],
  },
  // ── Dutch ──
  {
    id: 'h2-nl-praktijk-ondersteuner', lang: 'nl', label: MH, kind: 'therapy-practice',
    url: 'https://www.praktijkvoorpsychologie-zwolle.nl/',
    title: 'Praktijk voor Psychologie Zwolle',
    headings: ['Hulp bij psychische klachten', 'Aanmelden', 'Kosten'],
    text: ['Wij helpen volwassenen met angst, somberheid, burn-out en rouw.'],
  },
  {
    id: 'h2-nl-kindertelefoon', lang: 'nl', label: MH, kind: 'youth-mental-health',
    url: 'https://www.kinderlijn.example.nl/',
    title: 'Kinderlijn – Praat erover',
    headings: ['Bel of chat met ons', 'Thema’s'],
    text: ['Pesten, thuis problemen, je somber voelen of aan zelfmoord denken: je kunt ons alles vertellen.'],
  },
  {
    id: 'h2-nl-tandarts', lang: 'nl', label: GEN, kind: 'dentist',
    url: 'https://www.tandartspraktijk-centrum.nl/',
    title: 'Tandartspraktijk Centrum',
    headings: ['Behandelingen', 'Angstpatiënten', 'Inschrijven'],
    text: ['Bent u bang voor de tandarts? Wij nemen de tijd voor angstige patiënten.'],
  },
  {
    id: 'h2-nl-sportschool', lang: 'nl', label: GEN, kind: 'gym',
    url: 'https://www.sportschool-fit.nl/',
    title: 'Sportschool Fit – Fitness en groepslessen',
    headings: ['Abonnementen', 'Groepslessen'],
    text: ['Spinning, bootcamp en yoga.'],
  },
  // ── Italian ──
  {
    id: 'h2-it-psicologo', lang: 'it', label: MH, kind: 'psychologist',
    url: 'https://www.psicologo-milano-rossi.it/',
    title: 'Dott.ssa Giulia Rossi – Psicologa e psicoterapeuta a Milano',
    headings: ['Di cosa mi occupo', 'Ansia e attacchi di panico', 'Contatti'],
    text: ['Ricevo adulti e coppie per ansia, depressione, lutto e difficoltà relazionali.'],
  },
  {
    id: 'h2-it-fisioterapia', lang: 'it', label: GEN, kind: 'physiotherapy',
    url: 'https://www.fisioterapia-torino.it/',
    title: 'Centro di Fisioterapia Torino – Riabilitazione e terapia manuale',
    headings: ['Fisioterapia', 'Riabilitazione sportiva'],
    text: ['I nostri terapisti trattano mal di schiena, distorsioni e recupero post-operatorio.'],
  },
];
