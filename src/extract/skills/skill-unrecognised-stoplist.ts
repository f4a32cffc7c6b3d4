/**
 * Capitalised words and acronyms that sit in requirement lists but are not technologies.
 * Lower-case; looked up with the token lower-cased (and without a plural "s").
 *
 * Decisions worth stating:
 * - Business models and categories are not tools: SaaS, PaaS, IaaS, B2B, CRM, ERP, ATS.
 * - Regulations and certifications of the business are not tools: GDPR, HIPAA, SOC, ISO.
 * - Generic technical nouns are not a named technology: API, SDK, IDE, CLI, DB, OS, IT.
 *   (When the dictionary lists one of these, the dictionary wins before this list is read.)
 * - Degrees, languages, regions, time zones, currencies, months and days are never skills.
 */
const WORDS = `
experience experienced strong excellent solid good great deep proven demonstrated hands-on
bachelor bachelors bachelor's master masters master's degree degrees diploma phd doctorate
bs ba bsc msc ms ma mba beng meng mphil btech mtech cs cse ee ece
english german french spanish portuguese italian dutch polish swedish norwegian danish finnish
russian ukrainian turkish arabic hebrew hindi urdu bengali mandarin cantonese chinese japanese
korean vietnamese thai indonesian malay tagalog greek czech hungarian romanian
europe european africa african asia asian america american americas latin latam emea apac
amer anz nordics dach benelux cee mena uk us usa u.s eu canada mexico brazil argentina
germany france spain portugal italy netherlands poland sweden norway denmark finland ireland
india pakistan nigeria kenya egypt israel turkey australia zealand singapore japan china
london berlin paris amsterdam madrid barcelona lisbon dublin warsaw toronto vancouver
remote hybrid onsite office worldwide global international
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
cet cest est edt pst pdt cst cdt mst mdt gmt utc bst ist eet eest aest jst sgt
usd eur gbp cad aud chf inr jpy brl
team teams company companies business businesses customer customers client clients partner
partners stakeholder stakeholders user users people member members colleague colleagues
engineer engineers engineering developer developers designer designers manager managers
product products design marketing sales support operations ops legal finance accounting
hr people recruiting talent data analytics science research security
communication communications leadership teamwork collaboration ownership creativity
problem solving analytical attention detail passion curiosity empathy integrity
computer mathematics math maths physics statistics economics chemistry biology
information technology systems software hardware web mobile cloud platform platforms
ceo cto cfo coo cpo cmo cio ciso vp svp evp director head lead principal staff senior junior
kpi kpis okr okrs roi p&l arr mrr gtm smb smbs sme smes mid-market enterprise startup startups
saas paas iaas daas b2b b2c b2b2c d2c crm erp ats hris
gdpr ccpa hipaa sox soc soc1 soc2 iso pci pci-dss fedramp ferpa coppa ada eeo eeoc eoe dei
api apis sdk sdks ide ides cli db dbs os it ict qa qc ui ux uat poc mvp sla slas slo slos
faq asap tbd tba n/a nda fte ftes pto ote wfh eod eow
llc inc ltd gmbh plc corp co
covid covid19 covid-19 h1b h-1b w2 w-2 1099 q1 q2 q3 q4 y2k p2p
linkedin youtube tiktok instagram facebook twitter x reddit glassdoor
fintech edtech healthtech insurtech proptech regtech legaltech martech adtech cleantech
ecommerce e-commerce elearning
iphone ipad macbook
microsoft google amazon apple meta
github's
etc vs hr pm am cv mr mrs ms dr jr sr
bonus required preferred optional none why plus nice must
unit integration functional regression acceptance smoke load e2e
core server open site stored work framework library tool tools stack
linter assembler reducer decorator factory
govtech cefi defi dao daos nft nfts web3 fullstack full-stack
video audio image images text private public hybrid blue green red dev prod ops
pdf pdfs llb llm cpa cfa cia cams acca
chicago boston madison birmingham manchester florida texas california york seattle austin
denver atlanta miami manila serbia nyc sf la sydney melbourne auckland lagos nairobi cairo
`;

export const UNRECOGNISED_STOPLIST: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));
