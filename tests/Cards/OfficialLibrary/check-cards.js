'use strict';

// Parses cards with the official Adaptive Cards library, the way Web Chat does, and prints what it reported.
// Usage: node check-cards.js <path to adaptivecards.js>  < [{ "name": "...", "card": { ... } }, ...]
// Prints { "checked": N, "events": [{ "name", "phase", "event", "message" }, ...] } on standard output.

const fs = require('fs');

const libraryPath = process.argv[2];
if (!libraryPath) {
  console.error('usage: node check-cards.js <path to adaptivecards.js> < cards.json');
  process.exit(2);
}

// The UMD bundle, not the package's "main": lib/ is ES modules without file extensions, which Node cannot load.
const AdaptiveCards = require(libraryPath);

function describe(name, source) {
  return {
    name: name,
    phase: AdaptiveCards.ValidationPhase[source.phase] ?? String(source.phase),
    event: AdaptiveCards.ValidationEvent[source.event] ?? String(source.event),
    message: source.message,
  };
}

function check(name, json) {
  // lang's pattern is a global RegExp whose lastIndex survives a match, so every other card would fail on it.
  AdaptiveCards.CardElement.langProperty.regEx.lastIndex = 0;

  const events = [];
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    events.push(describe(name, context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    events.push(describe(name, event));
  }
  return events;
}

const samples = JSON.parse(fs.readFileSync(0, 'utf8'));
const events = [];
for (const sample of samples) {
  events.push(...check(sample.name, sample.card));
}
process.stdout.write(JSON.stringify({ checked: samples.length, events: events }));
