/**
 * The folding rules of `../shared/accuracy/LABELLING.md` ("How the labels are scored"),
 * written once so that the label side and the extractor side are always folded alike.
 */

/** Title and company (and location, before containment): lower case, NFKC, one space for every run of other characters. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * Aliases that name one skill. LABELLING.md lists the common ones and ends with "…": the rest
 * are the spellings its canonical-name list names, plus the usual abbreviations.
 */
const SKILL_ALIASES: Record<string, string> = {
  golang: 'go',
  postgres: 'postgresql',
  psql: 'postgresql',
  k8s: 'kubernetes',
  nodejs: 'node',
  rails: 'rubyonrails',
  ror: 'rubyonrails',
  reactjs: 'react',
  vuejs: 'vue',
  nextjs: 'next',
  expressjs: 'express',
  emberjs: 'ember',
  gcp: 'googlecloud',
  googlecloudplatform: 'googlecloud',
  restful: 'rest',
  restapi: 'rest',
  restapis: 'rest',
  restfulapi: 'rest',
  restfulapis: 'rest',
  mssql: 'sqlserver',
  microsoftsqlserver: 'sqlserver',
  dotnet: 'net',
  msexcel: 'excel',
  microsoftexcel: 'excel',
  gsuite: 'googleworkspace',
  shell: 'shellscripting',
  iac: 'infrastructureascode',
  continuousintegration: 'cicd',
  continuousdelivery: 'cicd',
  continuousdeployment: 'cicd',
  continuousintegrationcontinuousdeployment: 'cicd',
  continuousintegrationcontinuousdelivery: 'cicd',
  ci: 'cicd',
  js: 'javascript',
  ts: 'typescript',
  csharp: 'c#',
  cpp: 'c++',
  html5: 'html',
  css3: 'css',
  mongo: 'mongodb',
  amazonwebservices: 'aws',
  protocolbuffers: 'protobuf',
  protobufs: 'protobuf',
  testdrivendevelopment: 'tdd',
  behaviordrivendevelopment: 'bdd',
  behaviourdrivendevelopment: 'bdd',
  domaindrivendesign: 'ddd',
  sitereliabilityengineering: 'sre',
  visualstudiocode: 'vscode',
  elastic: 'elasticsearch',
  microservice: 'microservices',
  microservicesarchitecture: 'microservices',
};

/** Vendor prefixes dropped when a name remains: AWS EKS, Amazon EKS and EKS are one skill. */
const VENDOR_PREFIXES = ['amazon', 'aws', 'microsoft', 'ms', 'apache', 'google'];

const ALIAS_TARGETS = new Set(Object.values(SKILL_ALIASES));

/** LABELLING.md's character rule: lower case, ".js" dropped, spaces and `. _ - / ( ) '` removed. */
export function foldSkillChars(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\.js\b/g, '')
    .replace(/[\s._\-/()']+/g, '');
}

/**
 * A skill name folded for comparison: "Node.js" and "NodeJS" → "node"; "Amazon EKS" → "eks".
 * `sameSkill` maps other folded spellings of one skill to its folded name (the product
 * dictionary's aliases: "WSL" is "Windows Subsystem for Linux"); it joins spellings, it
 * never decides which skills a posting asks for.
 */
export function foldSkill(name: string, sameSkill?: ReadonlyMap<string, string>): string {
  const chars = foldSkillChars(name);
  const folded = sameSkill?.get(chars) ?? chars;
  const alias = SKILL_ALIASES[folded];
  if (alias) return alias;
  if (ALIAS_TARGETS.has(folded)) return folded;
  for (const prefix of VENDOR_PREFIXES) {
    if (folded.startsWith(prefix) && folded.length > prefix.length) {
      const rest = folded.slice(prefix.length);
      const restCanonical = sameSkill?.get(rest) ?? rest;
      return SKILL_ALIASES[restCanonical] ?? restCanonical;
    }
  }
  return folded;
}

/**
 * Generic names the rules leave out of the labels: neither rewarded nor punished when the
 * extractor names them (folded, with the plural and spelled-out forms of each).
 */
const NEUTRAL_SKILLS = new Set(
  [
    'OOP',
    'object-oriented programming',
    'object oriented programming',
    'design patterns',
    'distributed systems',
    'system design',
    'data structures',
    'algorithms',
    'relational databases',
    'relational database',
    'cloud-native',
    'cloud native',
    'observability',
    'automated testing',
    'test automation',
    'version control',
    'testing',
    'machine learning',
    'ML',
    'AI',
    'artificial intelligence',
    'LLM',
    'LLMs',
    'data science',
    'fintech',
    'English',
    'communication',
    'leadership',
    'cloud',
    'cloud computing',
    'security',
    'networking',
    'debugging',
    'databases',
    'database',
    'MVC',
    'SOA',
    'web services',
    'API',
    'APIs',
    'backend',
    'frontend',
  ].map((name) => foldSkill(name)),
);

export function isNeutralSkill(folded: string): boolean {
  return NEUTRAL_SKILLS.has(folded);
}
