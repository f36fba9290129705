module github.com/article-annotator/annotator

go 1.26.8
