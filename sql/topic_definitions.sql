-- The topic definitions stored by `topics import` (topics only seen in statements have none).
SELECT slug, name, definition FROM topics WHERE definition <> '' ORDER BY slug
