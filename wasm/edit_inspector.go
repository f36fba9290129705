//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"github.com/article-annotator/annotator/annotate"
	"github.com/article-annotator/annotator/edit"
)

// inspector is the side box that shows one annotation and changes it: its kind, a quote's kind
// and speaker, a date's type, value and mod, a speaker's name, merging, splitting and marking
// all mentions, accepting and deleting. Its elements are in web/index.html; it fills them.
type inspector struct {
	box       js.Value
	ref       string // the annotation shown, or "" when closed
	dismissed string // the annotation whose inspector the person closed last, until another opens
}

func (i *inspector) open() bool { return i.ref != "" && !i.box.Get("hidden").Bool() }

// wireInspector attaches the inspector's listeners, once.
func (p *page) wireInspector() {
	p.insp.box = elem("inspector")
	val := func(id string) string { return elem(id).Get("value").String() }
	enter := func(id string, f func()) {
		p.listen(elem(id), "keydown", func(ev js.Value) {
			if ev.Get("key").String() == "Enter" {
				ev.Call("preventDefault")
				f()
			}
		})
	}
	click := func(id string, f func()) { p.listen(elem(id), "click", func(js.Value) { f() }) }

	p.listen(elem("insp-kind"), "change", func(js.Value) {
		ref, kind := p.insp.ref, val("insp-kind")
		nref := p.change(edit.Retype{Ref: ref, Kind: kind}, "Made %ref a "+kindWord(kind)+".")
		if nref == "" {
			nref = ref // refused: the fields show the annotation as it still is
		}
		p.inspect(nref, false)
		elem("insp-kind").Call("focus")
	})
	p.listen(elem("insp-qkind"), "change", func(js.Value) {
		if p.change(edit.SetKind{Ref: p.insp.ref, Kind: val("insp-qkind")}, "Quote %ref is now "+val("insp-qkind")+".") == "" {
			p.inspect(p.insp.ref, false)
		}
	})
	link := func() { p.linkQuote(p.insp.ref, strings.TrimSpace(val("insp-speaker"))) }
	enter("insp-speaker", link)
	click("insp-link", link)
	setDate := func() {
		if p.change(edit.SetDate{Ref: p.insp.ref, Type: val("insp-dtype"), Value: strings.TrimSpace(val("insp-dvalue")), Mod: val("insp-dmod")},
			"Date %ref is now "+strings.TrimSpace(val("insp-dvalue"))+".") == "" {
			p.inspect(p.insp.ref, false) // refused (the status says why): show the date as it still is
		}
	}
	enter("insp-dvalue", setDate)
	click("insp-dset", setDate)
	rename := func() {
		f, ok := lookup(p.session().Doc(), p.insp.ref)
		if !ok || f.speaker == nil {
			return
		}
		name := strings.TrimSpace(val("insp-name"))
		p.change(edit.Rename{Speaker: f.speaker.ID, Name: name}, "Renamed "+f.speaker.Name+" to "+name+".")
	}
	enter("insp-name", rename)
	click("insp-rename", rename)
	click("insp-merge-go", func() {
		f, ok := lookup(p.session().Doc(), p.insp.ref)
		into := val("insp-merge")
		if !ok || f.speaker == nil || into == "" {
			p.setStatus("Choose the speaker to merge into.")
			return
		}
		from, name := f.speaker.ID, f.speaker.Name
		intoName := speakerName(p.session().Doc(), into)
		// The mention moves with its speaker; show the speaker merged into.
		if p.change(edit.Merge{Into: into, From: from}, "Merged "+name+" into "+intoName+".") != "" {
			p.inspect(into, false)
		}
	})
	click("insp-split", func() {
		if nref := p.change(edit.Split{Mention: p.insp.ref}, "Split %ref off as a speaker of its own."); nref != "" {
			p.inspect(nref, false)
		}
	})
	click("insp-markall", func() {
		f, ok := lookup(p.session().Doc(), p.insp.ref)
		if !ok || f.speaker == nil {
			return
		}
		before := mentionCount(p.session().Doc(), f.speaker.ID)
		if p.change(edit.MarkAll{Speaker: f.speaker.ID}, "") != "" {
			p.setStatus("Marked " + plural(mentionCount(p.session().Doc(), f.speaker.ID)-before, "more mention") + " of " + f.speaker.Name + ".")
		}
	})
	click("insp-accept", func() { p.accept(p.insp.ref) })
	click("insp-delete", func() { p.remove(p.insp.ref) })
	click("insp-close", func() { p.closeInspector(true) })
	p.listen(p.insp.box, "keydown", func(ev js.Value) {
		if ev.Get("key").String() == "Escape" {
			ev.Call("preventDefault")
			ev.Call("stopPropagation")
			p.closeInspector(true)
		}
	})
}

// inspect shows ref in the inspector; with focus, it moves the focus to the inspector's first
// field.
func (p *page) inspect(ref string, focus bool) {
	if p.busy() { // a mark of a long article drawn before its session came
		return
	}
	doc := p.session().Doc()
	f, ok := lookup(doc, ref)
	if !ok {
		p.closeInspector(false)
		return
	}
	p.insp.ref, p.insp.dismissed = ref, ""
	setText := func(id, s string) { elem(id).Set("textContent", s) }
	show := func(id string, on bool) { elem(id).Set("hidden", !on) }
	setVal := func(id, v string) { elem(id).Set("value", v) }

	title := map[string]string{edit.KindSpeaker: "Speaker mention", edit.KindQuote: "Quote", edit.KindDate: "Date", "person": "Speaker"}[f.kind]
	if f.speaker != nil && f.kind != edit.KindQuote {
		title += ": " + f.speaker.Name
	}
	setText("insp-title", title+" ("+ref+")")
	if f.kind == "person" {
		setText("insp-text", plural(len(f.speaker.Mentions), "mention")+" in the text.")
	} else {
		setText("insp-text", quoted(f.span.Text, 240))
	}
	if f.by == annotate.ByHuman {
		setText("insp-by", "✎ Marked or checked by you.")
	} else {
		setText("insp-by", "Suggested by the annotator; accept it (a) or fix it.")
	}
	show("insp-accept", f.by != annotate.ByHuman && f.kind != "person")
	show("insp-kind", f.kind != "person")
	elem("insp-kind").Get("parentElement").Set("hidden", f.kind == "person")
	setVal("insp-kind", f.kind)

	show("insp-quote", f.kind == edit.KindQuote)
	if q := f.quote; q != nil {
		setVal("insp-qkind", q.Kind)
		name := ""
		if f.speaker != nil {
			name = f.speaker.Name
		}
		setVal("insp-speaker", name)
		list := elem("insp-speakers")
		list.Set("textContent", "")
		for _, s := range doc.Speakers {
			o := jsGlobal("document").Call("createElement", "option")
			o.Set("value", s.Name)
			o.Set("label", plural(len(s.Mentions), "mention"))
			list.Call("appendChild", o)
		}
	}

	show("insp-date", f.kind == edit.KindDate)
	if d := f.date; d != nil {
		setVal("insp-dtype", d.Type)
		setVal("insp-dvalue", d.Value)
		setVal("insp-dmod", d.Mod)
	}

	show("insp-person", f.kind == edit.KindSpeaker || f.kind == "person")
	if f.speaker != nil && f.kind != edit.KindQuote {
		setVal("insp-name", f.speaker.Name)
		merge := elem("insp-merge")
		merge.Set("textContent", "")
		for _, s := range doc.Speakers {
			if s.ID == f.speaker.ID {
				continue
			}
			o := jsGlobal("document").Call("createElement", "option")
			o.Set("value", s.ID)
			o.Set("textContent", s.Name+" ("+s.ID+")")
			merge.Call("appendChild", o)
		}
		elem("insp-merge-go").Set("disabled", len(doc.Speakers) < 2)
		show("insp-split", f.kind == edit.KindSpeaker)
	}
	p.insp.box.Set("hidden", false)
	p.outline("inspected", ref)
	if focus {
		first := "insp-kind"
		if f.kind == "person" {
			first = "insp-name"
		}
		elem(first).Call("focus")
	}
}

// closeInspector hides the inspector; with refocus (the person closed it), the focus goes back to
// the mark it showed, and focusing that mark does not open it again.
func (p *page) closeInspector(refocus bool) {
	ref := p.insp.ref
	p.insp.ref, p.insp.dismissed = "", ""
	if refocus {
		p.insp.dismissed = ref
	}
	if !p.insp.box.IsUndefined() {
		p.insp.box.Set("hidden", true)
	}
	p.outline("inspected", "")
	if refocus && ref != "" {
		p.focusRef(ref)
	}
}

// linkQuote links quote ref to the speaker named name: an existing speaker whose name, or one of
// whose mentions, reads so (ignoring case), or else a new speaker made with that name, in one
// change that one undo takes back (edit.LinkNamed). An empty name unlinks the quote.
func (p *page) linkQuote(ref, name string) {
	if name == "" {
		p.change(edit.Link{Quote: ref}, "Quote %ref has no speaker now.")
		return
	}
	if p.change(edit.LinkNamed{Quote: ref, Name: name}, "") != "" {
		p.setStatus(p.session().UndoLabel() + ".")
	}
}

// pickSpeaker opens the inspector on quote ref with the focus in its speaker field (the l key).
func (p *page) pickSpeaker(ref string) {
	p.inspect(ref, false)
	in := elem("insp-speaker")
	in.Call("focus")
	in.Call("select")
}

// accept confirms a machine suggestion; remove deletes an annotation.
func (p *page) accept(ref string) string {
	return p.change(edit.Accept{Ref: ref}, "Accepted "+ref+".")
}

func (p *page) remove(ref string) string {
	f, ok := lookup(p.session().Doc(), ref)
	if !ok {
		return ""
	}
	what := kindWord(f.kind) + " " + ref
	if f.kind != "person" {
		what += " " + quoted(f.span.Text, 50)
	}
	return p.change(edit.Delete{Ref: ref}, "Deleted "+what+". Ctrl+Z undoes it.")
}

func speakerName(doc *annotate.Document, id string) string {
	for _, s := range doc.Speakers {
		if s.ID == id {
			return s.Name
		}
	}
	return id
}

func mentionCount(doc *annotate.Document, id string) int {
	for _, s := range doc.Speakers {
		if s.ID == id {
			return len(s.Mentions)
		}
	}
	return 0
}
