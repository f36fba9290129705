package annotate

import _ "github.com/santhosh-tekuri/jsonschema/v6"
