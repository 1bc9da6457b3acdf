# The headless commands: exit codes and messages.
expect_exit  "validate data/ exits 0" 0 "$JIXIAO" validate data
expect_exit  "validate a missing path exits 66" 66 "$JIXIAO" validate no-such-dir
printf '{"formatVersion": 1, "reports": [' > bad-syntax.json
expect_exit  "validate a syntax error exits 65" 65 "$JIXIAO" validate bad-syntax.json
expect_output "a syntax error names file and line:column" '^bad-syntax\.json:1:[0-9]+: ' "$JIXIAO" validate bad-syntax.json
sed 's/"budget": 200,/"budget": "abc",/' data/2022-jiangmen-industry-fund.json > wrong-type.json
expect_output "a wrong type names the field path" 'wrong-type\.json:[0-9]+:[0-9]+: reports\[0\]\.subProjects\[0\]\.budget: expected a decimal number, found "abc"' "$JIXIAO" validate wrong-type.json
expect_exit  "a wrong type exits 65" 65 "$JIXIAO" validate wrong-type.json
