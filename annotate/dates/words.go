// This file holds the words that the patterns compare tokens with by name ("year", "until",
// "said"), each as a small integer. The scanner finds a word's integer in the same table look-up
// that finds its lexicon entry (table.go), so that a pattern compares two integers where it would
// otherwise compare strings without regard to case. It holds no meaning of the words: that is the
// lexicon's (lexicon.go) and the patterns' own.

package dates

// word identifies one of the words below; 0 is any other word, a number or punctuation.
type word uint16

// The words, in alphabetical order; each constant is w and the word with a capital.
const (
	wA word = iota + 1
	wAbout
	wAd
	wAdditional
	wAfter
	wAgreed
	wAhead
	wAimed
	wAm
	wAn
	wAnd
	wAre
	wAround
	wArranged
	wAt
	wAutumn
	wAverage
	wB
	wBc
	wBce
	wBe
	wBefore
	wBeing
	wBetween
	wBillion
	wBusiness
	wBut
	wBy
	wC
	wCalendar
	wCan
	wCe
	wCents
	wChildren
	wCirca
	wClock
	wClose
	wComparable
	wCompared
	wConsecutive
	wCorresponding
	wCould
	wCulture
	wCurrent
	wCut
	wDate
	wDay
	wDecided
	wDid
	wDistant
	wDo
	wDoes
	wDollars
	wDozen
	wDuring
	wEarly
	wEconomy
	wEffective
	wEighteen
	wElection
	wEnd
	wEnded
	wEnding
	wEntire
	wEra
	wEve
	wExpecting
	wExtra
	wFall
	wFinal
	wFirst
	wFiscal
	wFollow
	wFollowed
	wFor
	wForeseeable
	wFrom
	wFull
	wGeneration
	wGet
	wGets
	wGetting
	wH
	wHad
	wHalf
	wHer
	wHigh
	wHis
	wHit
	wHoped
	wHoping
	wHours
	wHundred
	wIf
	wImmediate
	wIn
	wIndependence
	wInitial
	wInside
	wIntended
	wIs
	wIts
	wKids
	wLabor
	wLabour
	wLast
	wLate
	wLatest
	wLatter
	wLl
	wLong
	wM
	wMay
	wMedia
	wMedium
	wMemorial
	wMid
	wMiddle
	wMight
	wMillion
	wMust
	wMy
	wNd
	wNear
	wNew
	wNext
	wNineteen
	wNot
	wNumerous
	wOf
	wOffered
	wOh
	wOld
	wOn
	wOne
	wOnly
	wOr
	wOther
	wOur
	wOutside
	wOver
	wP
	wParty
	wPercent
	wPeriod
	wPlan
	wPlanned
	wPlanning
	wPlans
	wPledged
	wPm
	wPolitics
	wPost
	wPre
	wPreparing
	wPromised
	wProposed
	wPut
	wQ
	wQuarter
	wRd
	wRegular
	wResolved
	wS
	wSecond
	wSet
	wShall
	wShort
	wShould
	wSince
	wSmall
	wSo
	wSociety
	wSome
	wSomeday
	wSought
	wSpring
	wSt
	wStage
	wStandards
	wStraight
	wSummer
	wSunday
	wT
	wTechnology
	wTerm
	wTerms
	wTh
	wThan
	wThat
	wThe
	wTheir
	wThen
	wThese
	wThis
	wThose
	wThousand
	wThreatened
	wThrough
	wTill
	wTime
	wTimes
	wTo
	wTrading
	wTurn
	wTwenty
	wTwo
	wUndertook
	wUnless
	wUntil
	wUnto
	wUpwards
	wValentine
	wVersus
	wVoted
	wVowed
	wWas
	wWee
	wWeek
	wWell
	wWere
	wWhen
	wWhether
	wWhole
	wWill
	wWinter
	wWith
	wWorking
	wWorld
	wWould
	wYear
	wYoung
	wYour
	wYouth
	wZ
)

// words holds the written form of each word, in lower case.
var words = [...]string{
	wA: "a", wAbout: "about", wAd: "ad", wAdditional: "additional", wAfter: "after",
	wAgreed: "agreed", wAhead: "ahead", wAimed: "aimed", wAm: "am", wAn: "an", wAnd: "and",
	wAre: "are", wAround: "around", wArranged: "arranged", wAt: "at", wAutumn: "autumn",
	wAverage: "average", wB: "b", wBc: "bc", wBce: "bce", wBe: "be", wBefore: "before",
	wBeing: "being", wBetween: "between", wBillion: "billion", wBusiness: "business", wBut: "but",
	wBy: "by", wC: "c", wCalendar: "calendar", wCan: "can", wCe: "ce", wCents: "cents",
	wChildren: "children", wCirca: "circa", wClock: "clock", wClose: "close",
	wComparable: "comparable", wCompared: "compared", wConsecutive: "consecutive",
	wCorresponding: "corresponding", wCould: "could", wCulture: "culture", wCurrent: "current",
	wCut: "cut", wDate: "date", wDay: "day", wDecided: "decided", wDid: "did", wDistant: "distant",
	wDo: "do", wDoes: "does", wDollars: "dollars", wDozen: "dozen", wDuring: "during",
	wEarly: "early", wEconomy: "economy", wEffective: "effective", wEighteen: "eighteen",
	wElection: "election", wEnd: "end", wEnded: "ended", wEnding: "ending", wEntire: "entire",
	wEra: "era", wEve: "eve", wExpecting: "expecting", wExtra: "extra", wFall: "fall",
	wFinal: "final", wFirst: "first", wFiscal: "fiscal", wFollow: "follow", wFollowed: "followed",
	wFor: "for", wForeseeable: "foreseeable", wFrom: "from", wFull: "full", wGeneration: "generation",
	wGet: "get", wGets: "gets", wGetting: "getting", wH: "h", wHad: "had", wHalf: "half", wHer: "her",
	wHigh: "high", wHis: "his", wHit: "hit", wHoped: "hoped", wHoping: "hoping", wHours: "hours",
	wHundred: "hundred", wIf: "if", wImmediate: "immediate", wIn: "in", wIndependence: "independence",
	wInitial: "initial", wInside: "inside", wIntended: "intended", wIs: "is", wIts: "its",
	wKids: "kids", wLabor: "labor", wLabour: "labour", wLast: "last", wLate: "late",
	wLatest: "latest", wLatter: "latter", wLl: "ll", wLong: "long", wM: "m", wMay: "may",
	wMedia: "media", wMedium: "medium", wMemorial: "memorial", wMid: "mid", wMiddle: "middle",
	wMight: "might", wMillion: "million", wMust: "must", wMy: "my", wNd: "nd", wNear: "near",
	wNew: "new", wNext: "next", wNineteen: "nineteen", wNot: "not", wNumerous: "numerous", wOf: "of",
	wOffered: "offered", wOh: "oh", wOld: "old", wOn: "on", wOne: "one", wOnly: "only", wOr: "or",
	wOther: "other", wOur: "our", wOutside: "outside", wOver: "over", wP: "p", wParty: "party",
	wPercent: "percent", wPeriod: "period", wPlan: "plan", wPlanned: "planned", wPlanning: "planning",
	wPlans: "plans", wPledged: "pledged", wPm: "pm", wPolitics: "politics", wPost: "post",
	wPre: "pre", wPreparing: "preparing", wPromised: "promised", wProposed: "proposed", wPut: "put",
	wQ: "q", wQuarter: "quarter", wRd: "rd", wRegular: "regular", wResolved: "resolved", wS: "s",
	wSecond: "second", wSet: "set", wShall: "shall", wShort: "short", wShould: "should",
	wSince: "since", wSmall: "small", wSo: "so", wSociety: "society", wSome: "some",
	wSomeday: "someday", wSought: "sought", wSpring: "spring", wSt: "st", wStage: "stage",
	wStandards: "standards", wStraight: "straight", wSummer: "summer", wSunday: "sunday", wT: "t",
	wTechnology: "technology", wTerm: "term", wTerms: "terms", wTh: "th", wThan: "than",
	wThat: "that", wThe: "the", wTheir: "their", wThen: "then", wThese: "these", wThis: "this",
	wThose: "those", wThousand: "thousand", wThreatened: "threatened", wThrough: "through",
	wTill: "till", wTime: "time", wTimes: "times", wTo: "to", wTrading: "trading", wTurn: "turn", wTwenty: "twenty",
	wTwo: "two", wUndertook: "undertook", wUnless: "unless", wUntil: "until", wUnto: "unto",
	wUpwards: "upwards", wValentine: "valentine", wVersus: "versus", wVoted: "voted", wVowed: "vowed",
	wWas: "was", wWee: "wee", wWeek: "week", wWell: "well", wWere: "were", wWhen: "when",
	wWhether: "whether", wWhole: "whole", wWill: "will", wWinter: "winter", wWith: "with",
	wWorking: "working", wWorld: "world", wWould: "would", wYear: "year", wYoung: "young",
	wYour: "your", wYouth: "youth", wZ: "z",
}
