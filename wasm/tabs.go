//go:build js && wasm

package main

import (
	"sort"
	"syscall/js"
)

// Tabs of the page open at once share one database but each holds the library in memory, so
// each tells the others what it saved or deleted, on a BroadcastChannel, and each brings its
// library up to date from storage when it hears. Without that, a tab would write back an
// article another tab deleted, or show an old version of one another tab changed.

// tabNews is what one tab tells the others after a write has landed.
type tabNews struct{ kind, id string } // kind "saved" or "deleted"; the zero value says nothing

var channel js.Value // the BroadcastChannel, or undefined where there is none

// listenToTabs opens the channel and handles what the other tabs say.
func (p *page) listenToTabs() {
	bc := js.Global().Get("BroadcastChannel")
	if bc.Type() != js.TypeFunction {
		return
	}
	channel = bc.New(dbName)
	p.on(channel, "message", func(e js.Value) {
		d := e.Get("data")
		if d.Type() != js.TypeObject || d.Get("kind").Type() != js.TypeString || d.Get("id").Type() != js.TypeString {
			return
		}
		news := tabNews{kind: d.Get("kind").String(), id: d.Get("id").String()}
		go func() { defer p.recover(); p.heard(news) }()
	})
}

// tell passes news to the other tabs.
func tell(news tabNews) {
	if news.kind == "" || channel.IsUndefined() {
		return
	}
	channel.Call("postMessage", map[string]any{"kind": news.kind, "id": news.id})
}

// heard brings the library up to date with what another tab did. It reads from storage, so it
// runs in a goroutine.
func (p *page) heard(news tabNews) {
	if lib.db == nil {
		return
	}
	a := lib.find(news.id)
	if news.kind == "deleted" {
		if a == nil {
			return
		}
		lib.remove(a)
		if a == lib.current {
			lib.current = nil // the next change keeps it as a new article
			p.setStatus("“" + a.name() + "” was deleted in another tab. It stays open here; your next change keeps it again, as a new article.")
		}
		lib.render()
		return
	}
	rec := <-lib.db.get(storeArticles, news.id)
	kept := <-lib.db.get(storeSessions, news.id)
	if rec.err != nil || kept.err != nil || rec.v.Type() != js.TypeObject || kept.v.Type() != js.TypeString {
		return // gone again, or unreadable: the next load will say
	}
	fresh, err := readArticle(rec.v, map[string]js.Value{news.id: kept.v})
	if err != nil {
		return
	}
	switch {
	case a == nil:
		lib.articles = append(lib.articles, fresh)
	case a == lib.current:
		sess, err := fresh.session()
		if err != nil {
			return
		}
		a.title, a.updated, a.sess, a.kept, a.keptJS = fresh.title, fresh.updated, sess, "", js.Value{}
		p.openKept(sess)
		p.setStatus("This article was changed in another tab; it now shows those changes.")
	default:
		a.title, a.updated, a.first, a.quotes, a.sess, a.kept, a.keptJS = fresh.title, fresh.updated, fresh.first, fresh.quotes, nil, "", fresh.keptJS
	}
	sort.SliceStable(lib.articles, func(i, j int) bool { return lib.articles[i].updated.After(lib.articles[j].updated) })
	lib.render()
}
