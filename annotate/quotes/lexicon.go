// Lexicon: the word lists the finder uses, written for this package. Each word maps to a set of
// class bits, so one map look-up per token answers every question the rules ask of it.
//
// It holds cue verbs (said, told, according), pronouns, determiners, honorifics and titles, role
// and organisation nouns, adverbs that may sit between a speaker and a cue, and a modest list of
// first names with their usual gender. It does not hold surnames or any list taken from a corpus.
package quotes

import "strings"

// Word classes, as bits.
const (
	cSpeech    uint32 = 1 << iota // a speech verb that takes a clause: said, added, warned
	cThink                        // a verb of belief or finding that takes a clause with "that"
	cTell                         // a cue that takes an object before its clause: told, assured
	cPresent                      // a present-tense form ("says"), for headlines
	cPronoun                      // subject pronoun that can be a source: he, she, they
	cMale                         // male: he, Mr, John
	cFemale                       // female: she, Mrs, Mary
	cPlural                       // they, officials
	cDet                          // determiner opening a noun phrase: the, a, another
	cHonor                        // honorific or abbreviated title before a name: Mr, Dr, Sen.
	cTitle                        // a title or role word: minister, spokesman, president
	cOrg                          // an organisation or group noun: police, company, ministry
	cSkip                         // an adverb or auxiliary between speaker and cue: also, has
	cStop                         // a function word that never belongs to a speaker's name
	cPrep                         // a preposition opening an adjunct after a cue: on, in, at
	cTime                         // a time word in an adjunct: Monday, yesterday, earlier
	cAbbrev                       // a word whose following period does not end a sentence
	cFirst                        // a first name
	cDesc                         // a noun that can head a speaker description: official, source
	cNation                       // an adjective that may open a titled name: Russian, former
	cMixed                        // a verb that reports what someone said of something: called, cited
	cNoun                         // a cue verb that is also a common noun: report, tweet, claim
	cCue                          // any other word that may open a cue: according, adding, shot (back)
	cIntend                       // a verb of intention that takes "to" and a verb: wants, plans, vowed
	cRaise                        // a verb whose subject is no source: seems, appeared
	cAttrN                        // a noun that attributes a clause: claim, promise, view
	cProg                         // an -ing form that is a cue only after "is", "was" or a comma: is stressing
	cEpithet                      // a noun for a person just named: Spaniard, teenager (entities.go)
	cQuoteOnly                    // a verb that reports speech only beside a quote: “…,” she laughed
	cHear                         // "heard", which reports speech with a court as its subject (hearing.go)
)

var lex = map[string]uint32{}

func add(class uint32, words string) {
	for _, w := range strings.Fields(words) {
		lex[w] |= class
	}
}

func init() {
	add(cSpeech, `comment comments commented elaborate elaborates elaborated remember remembers remembered echo echoes echoed muse muses mused reason reasons reasoned reads say says said saying tell tells told add adds added argue argues argued
		insist insists insisted warn warns warned claim claims claimed deny denies denied
		note notes noted stress stresses stressed explain explains explained stated
		declare declares declared announce announces announced acknowledge acknowledges
		acknowledged admit admits admitted assert asserts asserted contend contends contended
		suggest suggests suggested report reports reported write writes wrote tweet tweets tweeted
		asks asked reply replies replied respond responds responded continue continues
		continued recall recalls recalled predict predicts predicted allege alleges alleged
		confirm confirms confirmed complain complains complained maintain maintains maintained
		conclude concludes concluded urge urges urged vow vows vowed promise promises promised
		pledge pledges pledged testify testifies testified observe observes
		observed emphasize emphasizes emphasized emphasise emphasises emphasised remark remarks
		remarked concede concedes conceded caution cautions cautioned boast boasts boasted
		joke jokes joked quip quips quipped proclaim proclaims proclaimed exclaim exclaims
		exclaimed assure assures assured inform informs informed remind reminds reminded
		reiterate reiterates reiterated clarify clarifies clarified counter counters countered
		retort retorts retorted posit posits posited mention mentions mentioned disclose
		discloses disclosed reveal reveals revealed predict predicted estimate estimates estimated
		agree agrees agreed point points pointed threaten threatens threatened interject
		interjects interjected yell yells yelled scream screams screamed`)
	add(cThink, `believe believes believed think thinks thought feel feels felt hope hopes hoped
		fear fears feared expect expects expected know knows knew find finds found show shows
		showed learn learns learned learnt realize realizes realized realise realises realised
		worry worries worried argue doubt doubts doubted indicate indicates indicated
		acknowledge recognize recognizes recognized understand understands understood
		wonder wonders wondered determine determines determined conclude decide decides decided
		demand demands demanded`)
	add(cMixed, `call calls called calling describe describes described describing dub dubs
		dubbed label labels labeled labelled term terms termed brand brands branded cite cites
		cited citing accuse accuses accused blast blasts blasted slam slams slammed criticize
		criticizes criticized criticise criticises criticised praise praises praised mock mocks
		mocked dismiss dismisses dismissed compare compares compared liken likens likened refer
		refers referred decry decries decried denounce denounces denounced condemn condemns
		condemned tout touts touted hail hails hailed laud lauds lauded defend defends defended
		question questions questioned reject rejects rejected demand demands demanded propose
		proposes proposed encourage encourages encouraged wonder wonders wondered promise
		promised vow vowed pledge pledged urge urged invoke invokes invoked quote quotes quoted
		chant chants chanted sing sings sang shout shouts shouted type typed post posts posted
		recommend recommends recommended endorse endorses endorsed support supports supported
		attacked thanked
		oppose opposes opposed backed favor favors favored favour favours favoured prefer prefers
		preferred`)
	add(cNoun, `report reports tweet tweets claim claims note notes state states charge charges
		promise promises pledge pledges vow vows call calls term terms question questions counter
		counters post posts quote quotes estimate estimates statement comment comments reply replies
		response demand demands find finds show shows label labels brand brands warning
		warnings praise attack attacks point points remark remarks support supports favor favors
		favour favours`)
	add(cIntend, `want wants wanted hope hopes hoped plan plans planned intend intends intended
		seek seeks sought aim aims aimed promise promises promised vow vows vowed pledge pledges
		pledged threaten threatens threatened decline declines declined refuse refuses refused
		offer offers offered agree agrees agreed decide decides decided expect expects expected
		vowing pledging promising threatening refusing declining vowing hoping planning
		wanting seeking ask asks asked urge urges urged order orders ordered encourage
		encourages encouraged claim claims claimed tell tells told`)
	add(cNoun, `plan plans offer offers aim aims hope hopes bid bids`)
	// the -ing forms of cue verbs, which report speech in the progressive ("Clinton is stressing
	// that …", "the campaign is defending the ad") or after a comma ("…, questioning the
	// count"); elsewhere they are participles and gerunds, and verb() leaves them alone
	add(cSpeech|cProg, `commenting elaborating arguing insisting warning claiming denying noting
		stressing explaining stating declaring announcing acknowledging admitting asserting
		contending suggesting reporting tweeting replying responding recalling predicting
		alleging confirming complaining maintaining concluding urging testifying observing
		emphasizing emphasising remarking conceding cautioning boasting joking proclaiming
		assuring reminding reiterating clarifying countering mentioning disclosing revealing`)
	add(cMixed|cProg, `criticizing criticising praising mocking dismissing blasting slamming
		denouncing condemning touting hailing lauding defending questioning rejecting demanding
		proposing encouraging promoting highlighting discussing supporting backing opposing
		endorsing recommending accusing labeling labelling branding invoking quoting blaming`)
	add(cThink|cProg, `expecting fearing wondering realizing realising predicting`)
	add(cMixed, `discuss discusses discussed highlight highlights highlighted promote promotes
		promoted blame blames blamed`)
	// verbs of stance and of setting out, which report what someone said of something: "the
	// council welcomed the ruling", "she outlined her plan", "he lamented the loss"
	add(cMixed, `express expresses expressed challenge challenges challenged portray portrays
		portrayed bemoan bemoans bemoaned welcome welcomes welcomed lament laments lamented
		champion champions championed applaud applauds applauded assail assails assailed
		reference references referenced outline outlines outlined detail details detailed
		unveil unveils unveiled embrace embraces embraced dispute disputes disputed voice voices
		voiced`)
	add(cMixed|cProg, `expressing challenging portraying bemoaning welcoming lamenting championing
		applauding assailing referencing outlining detailing unveiling embracing disputing
		voicing`)
	add(cMixed|cProg, `chanting shouting yelling screaming admiring`)
	// "is telling a veterans group that …", "is promising lower taxes and “jobs”"
	add(cSpeech|cTell|cProg, `telling informing`)
	add(cMixed|cProg, `promising`)
	// a ruling reports a finding: "the panel ruled that the claim was “true”"
	add(cThink, `ruled`)
	add(cMixed, `admire admires admired`)
	add(cSpeech|cMixed|cIntend|cTell, `exhort exhorts exhorted`)
	add(cNoun, `challenge challenges welcome champion champions reference references outline
		outlines detail details dispute disputes voice voices`)
	add(cSpeech, `speculate speculates speculated imply implies implied recount recounts recounted
		signal signals signaled signalled`)
	add(cSpeech|cProg, `speculating implying recounting signaling signalling`)
	// in British, Commonwealth and wire copy more than in American papers: "opined that",
	// "reckons the deal is close"
	add(cSpeech, `opine opines opined aver avers averred hint hints hinted confide confides confided reckon
		reckons reckoned fret frets fretted grumble grumbles grumbled repeat repeats repeated
		summarise summarises summarised summarize summarizes summarized query queried enquire
		enquires enquired inquire inquires inquired reassure reassures reassured notify notifies
		notified`)
	add(cTell, `reassure reassures reassured notify notifies notified`)
	add(cPresent, `opines reckons hints`)
	add(cNoun, `signal signals`)
	add(cAttrN, `claim claims assertion argument belief view insistence suggestion allegation
		allegations accusation charge warning promise promises pledge vow threat decision plan
		plans proposal call demand hope hopes fear fears expectation prediction contention
		conclusion position intention intent bid refusal offer admission denial acknowledgment
		acknowledgement theory idea notion vision goal aim effort attempt push determination
		commitment willingness desire wish criticism criticisms support attack attacks opposition
		praise endorsement defense defence condemnation rejection denunciation concerns concern
		comments remarks views complaints questions doubts`)
	add(cRaise, `seem seems seemed appear appears appeared reportedly allegedly purportedly reputedly
		supposedly`)
	add(cCue, `seen viewed regarded considered deemed perceived rumored rumoured known talk talks talked talking speak speaks spoke speaking bragged according see sees saw view views viewed regard regards regarded perceive perceives
		rail rails railed railing apologize apologizes apologized apologise apologises apologised
		perceived`)
	for w := range thatCues.m {
		add(cCue, w)
	}
	for w := range evidenceIng.m {
		add(cCue, w)
	}
	for w, ok := range ingCues.m {
		if ok {
			add(cCue, w)
		}
	}
	for w := range backCues.m {
		add(cCue, w)
	}
	for w := range makeClear.m {
		add(cCue, w)
	}
	add(cTell, `tell tells told assure assures assured inform informs informed remind reminds
		reminded warn warns warned urge urges urged`)
	add(cPresent, `says tells adds argues insists warns claims denies notes stresses explains
		states declares announces admits asserts contends suggests reports writes tweets asks
		replies responds believes thinks feels hopes fears expects knows finds shows`)
	// not the ones that are names too: Dane, Finn, Scot
	add(cEpithet, `teenager youngster veteran spaniard briton frenchman frenchwoman swede welshman
		irishman dutchman argentine serb croat norwegian`)
	// the manner of saying a quote, which report speech only beside one: "“No,” she laughed",
	// "Lee scoffed, “Never.”"
	add(cQuoteOnly, `cracked scoffed scoffs pressed gushed gushes sneered snapped snaps fumed fumes
		raged teased sighed sighs smiled smiles laughed laughs chuckled chuckles grinned shrugged
		shrugs marvelled marveled chimed answered answers read reads`)
	add(cHear, `heard hears`)
	add(cPronoun, `he she they i we it`)
	for _, a := range []string{"'", "’"} {
		add(cPronoun, strings.ReplaceAll(`i've i'd i'm i'll we've we'd we're we'll they've they'd they're
			they'll it's it'd it'll`, "'", a))
		add(cPronoun|cMale, strings.ReplaceAll(`he's he'd he'll`, "'", a))
		add(cPronoun|cFemale, strings.ReplaceAll(`she's she'd she'll`, "'", a))
	}
	add(cMale, `he him his mr mr. sir lord king prince father brother son`)
	add(cFemale, `she her hers mrs mrs. ms ms. miss madam dame lady queen princess mother sister
		daughter`)
	add(cPlural, `they officials sources police authorities analysts experts critics aides
		supporters opponents investigators prosecutors lawyers residents witnesses researchers
		scientists leaders members voters advocates democrats republicans organizers organisers
		protesters activists economists observers officers doctors people`)
	add(cDet, `my your the a an another one some many several two three four both other its their his her
		our this that these those most few`)
	add(cHonor, `del del. mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen.
		lt lt. col col. capt capt. sgt sgt. rev rev. sir dame lord lady hon hon. pres pres.
		mx mx. fr fr. supt supt. insp insp. det det. cllr cllr. cr cr. atty atty. adm adm. maj maj. cmdr cmdr.`)
	add(cTitle, `president vice minister prime foreign finance defence defense interior justice
		secretary senator sen representative congressman congresswoman governor mayor chairman
		chairwoman chair chief executive director spokesman spokeswoman spokesperson
		spokespeople leader speaker chancellor ambassador attorney general judge justice
		commissioner councillor councilor councilman councilwoman deputy assistant press
		adviser advisor aide analyst economist professor lecturer researcher editor host
		manager coach officer sheriff superintendent inspector detective sergeant captain
		lieutenant colonel commander admiral lawyer candidate nominee founder ceo cfo coo
		chairperson treasurer premier king queen prince princess pope bishop archbishop rabbi
		imam pastor father reverend principal dean chancellor owner partner head strategist
		pollster campaign manager nominee senior junior former acting interim state national
		federal general house white democratic republican labour conservative party
		presidential mp mep lawmaker legislator official officer envoy negotiator
		correspondent reporter columnist anchor commentator diplomat regulator prosecutor
		counsel mogul businessman businesswoman entrepreneur billionaire activist
		organiser organizer economist scientist author writer historian expert consultant
		commissioner inspector-general secretary-general attorney-general vice-president
		whip delegate emeritus minister's taoiseach tánaiste tanaiste
		auditor comptroller controller assessor coroner registrar ombudsman magistrate marshal
		constable alderman alderwoman selectman selectwoman supervisor trustee provost rector
		warden clerk administrator judge-executive director-general governor-general
		solicitor-general lieutenant-governor vice-chancellor deputy-mayor`)
	add(cOrg, `police government ministry department office agency company firm corporation
		group council committee commission board court parliament congress senate kremlin
		administration campaign party union association institute university bank
		authority authorities service services military army navy ministry police force
		team club league federation organisation organization foundation council cabinet
		embassy regulator newspaper network station paper magazine times post news journal
		herald guardian telegraph tribune press wire reuters bloomberg inc inc. ltd ltd. corp
		corp. plc llc co co. group coalition alliance centre center fund lab laboratory
		hospital school college court tribunal fbi cia nasa nato eu un who imf pentagon
		statement report study survey poll document documents complaint filing letter memo
		lawsuit indictment ruling website city town county village province borough municipality`)
	add(cDesc, `percent respondents majority majorities plurality half none surveyed polled ally allies mp mps mep meps operator operators groups companies firms official officials source sources spokesman spokeswoman spokesperson aide aides
		analyst analysts expert experts critic critics supporter supporters opponent
		opponents investigator investigators prosecutor prosecutors lawyer lawyers attorney
		attorneys resident residents witness witnesses researcher researchers scientist
		scientists leader leaders member members voter voters advocate advocates organizer
		organizers organiser organisers protester protesters activist activists economist
		economists observer observers officer officers doctor doctors minister ministers
		president chairman chairwoman director executive executives manager managers
		spokespeople people person man woman men women driver owner owners student students
		teacher teachers worker workers employee employees staff staffer staffers adviser
		advisers advisor advisors diplomat diplomats insider insiders friend friends neighbour
		neighbor neighbours neighbors relative relatives parent parents family families
		mother father son daughter wife husband brother sister colleague colleagues candidate
		nominee governor mayor senator senators lawmaker lawmakers legislator legislators
		representative representatives negotiator negotiators narrator pollster pollsters
		strategist strategists consultant consultants historian historians judge judges
		sheriff commissioner chief head authority authorities police government ministry
		department agency company firm group council committee commission board court
		administration campaign party union team report study survey poll statement
		democrats republicans regulator regulators kremlin pentagon records filings data
		figures polls surveys results numbers statistics estimates studies emails documents
		americans conservatives liberals progressives evangelicals delegates donors candidates
		nominees governors mayors citizens veterans immigrants independents moderates
		republicans democrats workers`)
	add(cSkip, `isn't aren't wasn't weren't hasn't haven't hadn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t not wouldn't won't didn't doesn't don't couldn't can't wouldn’t won’t didn’t doesn’t don’t couldn’t can’t should must did does do however though now also has have had was were is are would will could might may then later once
		previously repeatedly reportedly further again publicly privately recently earlier
		often long subsequently initially first last finally separately similarly only
		simply just already still even never always frequently flatly angrily quickly
		immediately openly bluntly`)
	add(cStop, `having and or but nor so yet for of to in on at by with from as into onto about over
		under after before during since until while when where whether if because although
		though that which who whom whose what why how this these those there here it its
		is are was were be been being has have had do does did not no said says say told
		however meanwhile then also still now instead indeed moreover furthermore thus hence
		therefore perhaps maybe yes amid among against through across per via than like
		unlike despite toward towards i you we me us them my your our`)
	add(cPrep, `of on in at during after before while from to via through over at on by outside
		inside near last this earlier later yesterday today tonight tomorrow`)
	add(cTime, `january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
		tomorrow morning afternoon evening night week month year weekend earlier later
		recently`)
	add(cAbbrev, `del mr mrs ms dr prof sen rep gov gen lt col capt sgt rev st jr sr hon pres mx fr supt
		insp det atty adm maj cmdr no vs etc inc ltd corp co jan feb mar apr aug sep sept oct
		nov dec ft mt u.s u.k u.n e.u d.c a.m p.m`)
	// titles that are nouns in their own right, so that "her deputy" or "the coach" heads a
	// description as "the minister" does; the adjectives among the titles ("former", "senior")
	// stay out
	add(cDesc, `secretary senator congressman congresswoman governor mayor chief chancellor
		ambassador judge commissioner councillor councilor councilman councilwoman deputy
		adviser advisor professor lecturer editor host sheriff superintendent inspector
		detective sergeant captain lieutenant colonel commander admiral candidate nominee
		founder ceo treasurer premier bishop archbishop rabbi imam pastor principal dean head
		strategist pollster lawmaker legislator envoy negotiator correspondent reporter
		columnist anchor commentator diplomat regulator counsel businessman businesswoman
		entrepreneur billionaire consultant author writer historian delegate nurse surgeon
		journalist campaigner farmer pilot soldier teacher`)
	// people named by what they are to others or do, singular and plural
	add(cDesc, `rival rivals victim victims survivor survivors customer customers shopper shoppers
		fan fans player players actor actors actress actresses artist artists musician musicians
		priest priests landlord landlords tenant tenants pupil pupils boss bosses parent parents
		neighbour neighbours neighbor neighbors relative relatives colleague colleagues
		nurses surgeons journalists campaigners farmers pilots soldiers teachers`)
	add(cNation, `western eastern northern southern russian american british french german chinese ukrainian israeli iranian
		indian canadian australian japanese italian spanish turkish syrian iraqi egyptian
		mexican brazilian european african polish dutch swedish irish scottish welsh
		former then-president longtime veteran top senior leading prominent u.s. us uk
		deputy acting state federal local regional`)
	add(cFirst|cMale, `john james robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth
		kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
		jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
		patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
		peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald
		carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan
		alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell
		bradley philip eugene barack bill bernie mitt ted marco jeb mike chris tim tony
		boris vladimir sergey sergei dmitry dmitri pavel ivan alexei mohammed muhammad ahmed
		ali hassan omar xi emmanuel francois angela olaf rishi keir nigel gordon hugh ian
		colin neil graham alistair nick rob ben tom jim bob dan steve dave ron newt rand
		lindsey paul reince kellyanne corey rudy chuck harry jared eric hunter beto pete cory
		rahm mitch kevin justin stephen pierre jean luc jacques nicolas francois giuseppe
		matteo silvio recep bashar benjamin yair naftali narendra rahul imran shinzo fumio
		kim moon yoon jair luiz andres javier pedro carlos luis miguel antonio manuel
		jorge rafael sadiq jeremy ed ken kenneth rex reed jeff marty stan lou al
		owen rui tomasz gareth raj liam oliver lucas leo hugo felix oscar max theo isaac
		simon martin marco luca andre andrei mikhail yuri oleg viktor dmitri igor ahmad
		khalid tariq yusuf ibrahim mustafa hamid rashid amir reza hiroshi kenji takeshi wei
		jun hao chen raul diego fernando alejandro sergio ricardo eduardo roberto enrique
		lars sven henrik nils jan pieter willem klaus jurgen wolfgang hans stefan matthias
		sebastian patrick declan seamus liam niall ciaran dermot rhys dafydd gavin craig
		ross fraser duncan angus malcolm ewan barry derek trevor clive nigel`)
	add(cFirst|cFemale, `mary patricia jennifer linda elizabeth barbara susan jessica sarah
		karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy
		carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
		shirley angela helen anna brenda pamela nicole emma samantha katherine christine
		debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
		victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
		hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
		madison doris abigail julia judy grace denise amber marilyn beverly danielle
		theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
		hillary chelsea sarah nikki kamala ivanka melania michelle huma donna debbie
		tulsi elizabeth nancy theresa angela ursula christine marine segolene jacinda
		julia kirsten amy kristi liz priti suella yvette harriet jacinta anne hilary
		kellyanne sheryl oprah condoleezza madeleine janet loretta sally ruth sonia elena
		gwen maxine barbara dianne patty tammy claire heidi maggie jeanne lisa susan
		olga natalia svetlana tatiana maria elena irina yulia ekaterina anastasia
		fatima aisha leila yasmin priya indira benazir helen laura jane
		veronica claire aline sian elena marie sophie chloe camille lea manon julie
		ines lucia carmen pilar rosa isabel beatriz gabriela valentina daniela paula
		ingrid astrid freya sigrid greta heike ursula petra monika birgit anja katrin
		agnieszka katarzyna magdalena ewa zofia anastasia natasha oksana alina daria
		mei ling yuki keiko sakura hana min ji aiko nadia samira zainab amina noor
		siobhan aoife niamh ciara roisin fiona eilidh catriona morag bronwen rhian
		gwen megan bethany chelsea kirsty gemma hayley stacey tracy wendy gillian`)
	lexTable = newWordTable(lex)
}

// lexTable is lex as the table tokenize looks each word up in, built once lex is filled.
var lexTable *wordTable

// classOf returns the classes of the word w, looked up as written and in lower case, without
// allocating.
func classOf(w string) uint32 { return lexTable.classOf(w) }

// lookupLower returns m's value for w in lower case, without allocating. w must be at most
// maxWord bytes long.
func lookupLower[V any](m map[string]V, w string) V {
	var buf [maxWord]byte
	for i := 0; i < len(w); i++ {
		b := w[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return m[string(buf[:len(w)])]
}

// maxWord is at least the length in bytes of the longest word in the lexicon; longer words are
// not looked up.
const maxWord = 24
