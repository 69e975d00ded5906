// Extracts the labelled pattern-test cases of trufflehog's detectors (their `input` and the
// secrets the test expects, `want`) from a trufflehog checkout given on the command line, as
// JSON lines. It fetches nothing and builds nothing from that checkout: it only parses the
// test files with Go's own parser, so the inputs are read exactly as Go would build them
// (string constants, concatenation, fmt.Sprintf, strings.Repeat/Join). Cases whose input
// cannot be computed statically are skipped and counted on stderr.
//
//	go run bench/secrets/labelled/trufflehog-cases.go /work/corpus/src/trufflehog > cases.jsonl
//
// Go rather than TypeScript: a hand-written Go parser in TS would guess where go/parser knows.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type testCase struct {
	File  string   `json:"file"`
	Func  string   `json:"func"`
	Index int      `json:"index"`
	Name  string   `json:"name"`
	Input string   `json:"input"`
	Want  []string `json:"want"`
}

type env struct {
	exprs map[string]ast.Expr
	cache map[string]any
	busy  map[string]bool
}

func (e *env) lookup(name string) (any, bool) {
	if v, ok := e.cache[name]; ok {
		return v, true
	}
	x, ok := e.exprs[name]
	if !ok || e.busy[name] {
		return nil, false
	}
	e.busy[name] = true
	v, ok := e.eval(x)
	e.busy[name] = false
	if ok {
		e.cache[name] = v
	}
	return v, ok
}

func (e *env) eval(x ast.Expr) (any, bool) {
	switch n := x.(type) {
	case *ast.BasicLit:
		switch n.Kind {
		case token.STRING, token.CHAR:
			s, err := strconv.Unquote(n.Value)
			return s, err == nil
		case token.INT:
			i, err := strconv.Atoi(n.Value)
			return i, err == nil
		}
	case *ast.ParenExpr:
		return e.eval(n.X)
	case *ast.Ident:
		if n.Name == "nil" {
			return []string{}, true
		}
		return e.lookup(n.Name)
	case *ast.BinaryExpr:
		if n.Op != token.ADD {
			return nil, false
		}
		a, ok1 := e.eval(n.X)
		b, ok2 := e.eval(n.Y)
		as, ok3 := a.(string)
		bs, ok4 := b.(string)
		if ok1 && ok2 && ok3 && ok4 {
			return as + bs, true
		}
		ai, ok5 := a.(int)
		bi, ok6 := b.(int)
		if ok1 && ok2 && ok5 && ok6 {
			return ai + bi, true
		}
	case *ast.CompositeLit:
		arr, ok := n.Type.(*ast.ArrayType)
		if !ok {
			return nil, false
		}
		if id, ok := arr.Elt.(*ast.Ident); !ok || id.Name != "string" {
			return nil, false
		}
		out := []string{}
		for _, elt := range n.Elts {
			v, ok := e.eval(elt)
			s, ok2 := v.(string)
			if !ok || !ok2 {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	case *ast.CallExpr:
		sel, ok := n.Fun.(*ast.SelectorExpr)
		if !ok {
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "string" && len(n.Args) == 1 {
				return e.eval(n.Args[0])
			}
			return nil, false
		}
		pkg, ok := sel.X.(*ast.Ident)
		if !ok {
			return nil, false
		}
		args := make([]any, 0, len(n.Args))
		for _, a := range n.Args {
			v, ok := e.eval(a)
			if !ok {
				return nil, false
			}
			args = append(args, v)
		}
		switch pkg.Name + "." + sel.Sel.Name {
		case "fmt.Sprintf":
			if f, ok := args[0].(string); ok {
				return fmt.Sprintf(f, args[1:]...), true
			}
		case "fmt.Sprint":
			return fmt.Sprint(args...), true
		case "strings.Repeat":
			s, ok1 := args[0].(string)
			c, ok2 := args[1].(int)
			if ok1 && ok2 && c >= 0 && c < 100000 {
				return strings.Repeat(s, c), true
			}
		case "strings.Join":
			l, ok1 := args[0].([]string)
			s, ok2 := args[1].(string)
			if ok1 && ok2 {
				return strings.Join(l, s), true
			}
		case "strings.ToUpper":
			if s, ok := args[0].(string); ok {
				return strings.ToUpper(s), true
			}
		case "strings.ToLower":
			if s, ok := args[0].(string); ok {
				return strings.ToLower(s), true
			}
		case "strings.TrimSpace":
			if s, ok := args[0].(string); ok {
				return strings.TrimSpace(s), true
			}
		}
	}
	return nil, false
}

// bind records `name = expr` pairs of const/var declarations and `:=` assignments.
func bind(exprs map[string]ast.Expr, node ast.Node) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch d := n.(type) {
		case *ast.ValueSpec:
			for i, name := range d.Names {
				if i < len(d.Values) {
					exprs[name.Name] = d.Values[i]
				}
			}
		case *ast.AssignStmt:
			if len(d.Lhs) == len(d.Rhs) {
				for i, l := range d.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						if _, seen := exprs[id.Name]; !seen {
							exprs[id.Name] = d.Rhs[i]
						}
					}
				}
			}
		case *ast.FuncLit:
			return false
		}
		return true
	})
}

func fieldMap(lit *ast.CompositeLit) map[string]ast.Expr {
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil
		}
		if k, ok := kv.Key.(*ast.Ident); ok {
			fields[k.Name] = kv.Value
		}
	}
	return fields
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: trufflehog-cases <trufflehog checkout>")
		os.Exit(2)
	}
	root := os.Args[1]
	var files []string
	_ = filepath.Walk(filepath.Join(root, "pkg", "detectors"), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, "_test.go") && !strings.HasSuffix(p, "_integration_test.go") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	skipped, written := 0, 0
	for _, path := range files {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			fmt.Fprintf(os.Stderr, "parse %s: %v\n", path, err)
			continue
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		global := map[string]ast.Expr{}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok {
				bind(global, g)
			}
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") || !strings.Contains(fn.Name.Name, "Pattern") {
				continue
			}
			local := map[string]ast.Expr{}
			for k, v := range global {
				local[k] = v
			}
			bind(local, fn.Body)
			e := &env{exprs: local, cache: map[string]any{}, busy: map[string]bool{}}
			index := 0
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				lit, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				fields := fieldMap(lit)
				inputX, hasInput := fields["input"]
				if fields == nil || !hasInput {
					return true
				}
				index++
				name := ""
				if v, ok := e.eval(fields["name"]); ok {
					name, _ = v.(string)
				}
				input, ok1 := e.eval(inputX)
				in, ok2 := input.(string)
				want := []string{}
				ok3 := true
				if wx, has := fields["want"]; has {
					v, ok := e.eval(wx)
					w, ok4 := v.([]string)
					ok3 = ok && ok4
					want = w
				}
				if !ok1 || !ok2 || !ok3 {
					skipped++
					return false
				}
				written++
				_ = enc.Encode(testCase{File: rel, Func: fn.Name.Name, Index: index, Name: name, Input: in, Want: want})
				return false
			})
		}
	}
	fmt.Fprintf(os.Stderr, "%d cases written, %d skipped (input or want not computable statically)\n", written, skipped)
}
