//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"syscall/js"
	"time"
)

// idb is an open IndexedDB database. Its requests and transactions are event based; idb turns
// them into Go calls: each starts its work at once, on the JS thread, and returns a channel that
// receives the outcome when IndexedDB reports it. A goroutine may wait on that channel; a JS
// callback must not, since the outcome can only arrive after the callback returns.
type idb struct{ db js.Value }

// The stores of the page's database (version 1).
const (
	dbName        = "article-annotator"
	dbVersion     = 1
	storeArticles = "articles" // article records, keyed by their "id" property
	storeSessions = "sessions" // each article's edit session (Session.Marshal, as a string), keyed by article id
	storeMeta     = "meta"     // small values: the open article's id, the last deleted article
)

// openTimeout is how long the page waits for the database before it works without it: the
// page is not ready until storage answers, and some browsers never do in some modes.
const openTimeout = 5 * time.Second

// result is what a request settles with.
type result struct {
	v   js.Value
	err error
}

// openDB opens (and on first use creates) the page's database. It waits, so it must run in a
// goroutine (or in main), never inside a JS callback. It fails when IndexedDB is absent, when
// indexedDB.open throws (some private modes), or when the browser refuses or blocks the database.
func openDB() (d *idb, err error) {
	factory := js.Global().Get("indexedDB")
	if factory.IsUndefined() || factory.IsNull() {
		return nil, errors.New("this browser offers no IndexedDB")
	}
	defer func() {
		if r := recover(); r != nil { // a JS exception thrown by indexedDB.open
			d, err = nil, fmt.Errorf("the browser refused IndexedDB (%v)", r)
		}
	}()
	req := factory.Call("open", dbName, dbVersion)
	upgrade := js.FuncOf(func(this js.Value, args []js.Value) any {
		db := req.Get("result")
		names := db.Get("objectStoreNames")
		if !names.Call("contains", storeArticles).Bool() {
			db.Call("createObjectStore", storeArticles, map[string]any{"keyPath": "id"})
		}
		for _, s := range []string{storeSessions, storeMeta} {
			if !names.Call("contains", s).Bool() {
				db.Call("createObjectStore", s)
			}
		}
		return nil
	})
	req.Set("onupgradeneeded", upgrade)
	blocked := js.FuncOf(func(js.Value, []js.Value) any { return nil })
	req.Set("onblocked", blocked) // another tab holds an older version; open waits for it
	settled := settle(req)
	release := func() { upgrade.Release(); blocked.Release() }
	var r result
	select {
	case r = <-settled:
		release()
	case <-time.After(openTimeout):
		go func() { // a late answer: let go of the database the page no longer uses
			if late := <-settled; late.err == nil {
				late.v.Call("close")
			}
			release()
		}()
		return nil, fmt.Errorf("IndexedDB did not answer within %v", openTimeout)
	}
	if r.err != nil {
		return nil, r.err
	}
	db := r.v
	// Another tab upgrading the database asks this one to let go; a later write then fails and
	// the page says storage is off.
	onVersionChange := js.FuncOf(func(js.Value, []js.Value) any { db.Call("close"); return nil })
	db.Set("onversionchange", onVersionChange)
	return &idb{db: db}, nil
}

// settle waits for an IDBRequest's success or error event.
func settle(req js.Value) <-chan result {
	ch := make(chan result, 1)
	var ok, fail js.Func
	release := func() { ok.Release(); fail.Release() }
	ok = js.FuncOf(func(js.Value, []js.Value) any {
		ch <- result{v: req.Get("result")}
		release()
		return nil
	})
	fail = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: domError(req.Get("error"), "the request failed")}
		release()
		if len(args) > 0 {
			args[0].Call("preventDefault") // handled here: do not abort the transaction twice
		}
		return nil
	})
	req.Set("onsuccess", ok)
	req.Set("onerror", fail)
	return ch
}

// domError turns a DOMException into a Go error whose text a person can read; a full disk is
// errQuota so that the page can say so.
func domError(e js.Value, otherwise string) error {
	if e.IsUndefined() || e.IsNull() {
		return errors.New(otherwise)
	}
	if e.Get("name").String() == "QuotaExceededError" {
		return errQuota
	}
	return fmt.Errorf("%s: %s", e.Get("name").String(), e.Get("message").String())
}

// errQuota is a write refused because the browser's storage for this page is full.
var errQuota = errors.New("the browser's storage for this page is full")

// get reads one value; a missing key gives undefined.
func (d *idb) get(store, key string) <-chan result {
	return d.request(store, "readonly", func(s js.Value) js.Value { return s.Call("get", key) })
}

// getAll reads every value of a store, in key order.
func (d *idb) getAll(store string) <-chan result {
	return d.request(store, "readonly", func(s js.Value) js.Value { return s.Call("getAll") })
}

// getAllKeys reads every key of a store, in key order, in the same order as getAll.
func (d *idb) getAllKeys(store string) <-chan result {
	return d.request(store, "readonly", func(s js.Value) js.Value { return s.Call("getAllKeys") })
}

func (d *idb) request(store, mode string, do func(js.Value) js.Value) (ch <-chan result) {
	defer func() {
		if r := recover(); r != nil { // the database was closed, or the store is missing
			c := make(chan result, 1)
			c <- result{err: fmt.Errorf("IndexedDB: %v", r)}
			ch = c
		}
	}()
	tx := d.db.Call("transaction", store, mode)
	return settle(do(tx.Call("objectStore", store)))
}

// write is one put (value set) or delete (del) in a transaction.
type write struct {
	store, key string // key is empty for stores with a key path
	value      any
	del        bool
}

// apply runs the writes in one transaction, all or none, and reports when it is committed.
// Transactions run in the order they are started, so saves issued one after another from the JS
// thread land in that order without waiting for each other.
func (d *idb) apply(writes ...write) (ch <-chan error) {
	out := make(chan error, 1)
	ch = out // also when a panic below is recovered
	// Only the first outcome counts, and reporting never blocks the JS thread.
	report := func(err error) {
		select {
		case out <- err:
		default:
		}
	}
	var tx js.Value
	defer func() {
		if r := recover(); r != nil { // a closed database, a full disk, or a value IndexedDB cannot store
			if tx.Truthy() {
				func() { defer func() { recover() }(); tx.Call("abort") }() // none of the writes, not some
			}
			if je, ok := r.(js.Error); ok {
				report(domError(je.Value, "the save was refused"))
				return
			}
			report(fmt.Errorf("IndexedDB: %v", r))
		}
	}()
	stores := map[string]bool{}
	var names []any
	for _, w := range writes {
		if !stores[w.store] {
			stores[w.store] = true
			names = append(names, w.store)
		}
	}
	tx = d.db.Call("transaction", names, "readwrite")
	var done, failed js.Func
	release := func() { done.Release(); failed.Release() }
	done = js.FuncOf(func(js.Value, []js.Value) any { report(nil); release(); return nil })
	failed = js.FuncOf(func(js.Value, []js.Value) any {
		report(domError(tx.Get("error"), "the save was aborted"))
		release()
		return nil
	})
	tx.Set("oncomplete", done)
	tx.Set("onabort", failed) // a failed request aborts its transaction, so abort covers errors
	for _, w := range writes {
		s := tx.Call("objectStore", w.store)
		switch {
		case w.del:
			s.Call("delete", w.key)
		case w.key == "":
			s.Call("put", w.value)
		default:
			s.Call("put", w.value, w.key)
		}
	}
	if tx.Get("commit").Type() == js.TypeFunction {
		tx.Call("commit") // no more requests: commit now rather than when the thread is idle
	}
	return out
}
