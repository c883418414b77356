// The exercise library: each move in three levels (1 = newcomer, 2 = standard, 3 = harder), with a dose, a few
// safety cues, an easier option and what it trains. Written for HardDay in our own words.
//
// Rules the session builder relies on: every jump or other explosive move has the pattern 'power' (and nothing else
// does), so jumps only ever appear where the builder puts power work; level-1 variants of power moves never jump
// (and newcomers get no power work at all). Mobility drills say whether they belong in the warm-up or the cool-down.

import type { Exercise } from './types';

export const EXERCISES: Exercise[] = [
  // The runner's conditioning routine (levels 2–3 use these first).
  {
    id: 'jump-squat',
    name: 'Jump squat',
    pattern: 'power',
    tier: 'routine',
    targets: ['quads', 'glutes', 'calves', 'take-off power'],
    levels: {
      1: {
        name: 'Squat with a rise onto the toes',
        dose: { sets: 2, reps: 10 },
        cues: [
          'Sit the hips back as if reaching for a chair',
          'Rise onto the toes at the top, then lower with control',
        ],
        easier: 'Squat to a chair and stand up without the toe rise',
      },
      2: {
        name: 'Jump squat',
        dose: { sets: 3, reps: 6 },
        cues: [
          'Drive up through hips, knees and ankles together',
          'Land softly and quietly, bending the knees to absorb the landing',
          'Knees point the same way as the toes on take-off and landing',
        ],
        easier: 'Squat with a rise onto the toes, no jump',
      },
      3: {
        name: 'Tuck jump',
        dose: { sets: 3, reps: 5 },
        cues: [
          'Bring the knees up toward the chest, then reach the feet back down',
          'Reset your stance between jumps if landings get loud',
          'Stop the set as soon as the landings get sloppy',
        ],
        easier: 'Jump squat with a full reset between reps',
      },
    },
  },
  {
    id: 'triangle-push-up',
    name: 'Triangle push-up',
    pattern: 'upper',
    tier: 'routine',
    targets: ['triceps', 'chest', 'front of the shoulders', 'core'],
    levels: {
      1: {
        name: 'Incline triangle push-up (hands on a bench or wall)',
        dose: { sets: 2, reps: 8 },
        cues: [
          'Thumbs and index fingers form a triangle under the chest',
          'Body stays straight from head to heels',
        ],
        easier: 'Do it against a wall, standing closer to it',
      },
      2: {
        name: 'Triangle push-up',
        dose: { sets: 3, reps: 10 },
        cues: [
          'Keep a straight line from head to heels; no sagging hips',
          'Elbows brush past the ribs instead of flaring out',
          'Lower the chest to just above the hands',
        ],
        easier: 'Put the knees down, or the hands on a bench',
      },
      3: {
        name: 'Feet-raised triangle push-up',
        dose: { sets: 3, reps: 10 },
        cues: [
          'Feet on a low step, body still in one straight line',
          'Take two seconds on the way down',
          'End the set when the hips start to drop',
        ],
        easier: 'Triangle push-up with the feet on the floor',
      },
    },
  },
  {
    id: 'bicycle-crunch',
    name: 'Bicycle crunch',
    pattern: 'core',
    tier: 'routine',
    targets: ['abdominals', 'obliques'],
    levels: {
      1: {
        name: 'Dead-bug toe taps',
        dose: { sets: 2, reps: 10, perSide: true },
        cues: ['Lower back stays in contact with the floor', 'Tap one heel down at a time, knees bent'],
        easier: 'Make the heel taps smaller',
      },
      2: {
        name: 'Bicycle crunch',
        dose: { sets: 3, reps: 15, perSide: true },
        cues: [
          'Hands rest by the ears; never pull on the neck',
          'Turn the ribcage toward the knee, not just the elbow',
          'Slow and controlled beats fast and floppy',
        ],
        easier: 'Keep the straight leg higher off the floor',
      },
      3: {
        name: 'Slow bicycle crunch with low legs',
        dose: { sets: 3, reps: 12, perSide: true },
        cues: [
          'Two seconds per side, with a short pause in the twist',
          'Extended leg hovers low while the back stays flat',
          'Breathe out on every twist',
        ],
        easier: 'Standard bicycle crunch at normal speed',
      },
    },
  },
  {
    id: 'forward-lunge',
    name: 'Forward lunge',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hamstrings', 'balance'],
    levels: {
      1: {
        name: 'Split squat with a hand on a support',
        dose: { sets: 2, reps: 8, perSide: true },
        cues: ['Stay in the split stance and move straight up and down', 'Chest stays tall over the hips'],
        easier: 'Make the movement shallower',
      },
      2: {
        name: 'Alternating forward lunge',
        dose: { sets: 3, reps: 10, perSide: true },
        cues: [
          'Step long enough that the front knee stays over the ankle',
          'Lower the back knee gently toward the floor',
          'Push back through the front heel to return',
        ],
        easier: 'Step backwards into a reverse lunge, which is kinder to the knees',
      },
      3: {
        name: 'Reverse lunge to knee drive',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Step back into the lunge, then drive the back knee up to hip height',
          'Balance on the front leg for a moment before the next rep',
          'Stand tall at the top, hips level',
        ],
        easier: 'Reverse lunge without the knee drive',
      },
    },
  },
  {
    id: 'leg-raise',
    name: 'Leg raise',
    pattern: 'core',
    tier: 'routine',
    targets: ['lower abdominals', 'hip flexors'],
    levels: {
      1: {
        name: 'Bent-knee leg lowers',
        dose: { sets: 2, reps: 10 },
        cues: [
          'Press the lower back into the floor throughout',
          'Lower the feet only as far as the back stays flat',
        ],
        easier: 'Lower one leg at a time',
      },
      2: {
        name: 'Straight-leg raise',
        dose: { sets: 3, reps: 12 },
        cues: [
          'Back stays flat; shorten the range if it starts to arch',
          'Breathe out as the legs come up',
          'Hands flat by the hips for balance, not for pushing',
        ],
        easier: 'Bend the knees a little',
      },
      3: {
        name: 'Leg raise with a four-second lowering',
        dose: { sets: 3, reps: 15 },
        cues: [
          'Count four on the way down',
          'Heels hover just above the floor before the next rep',
          'Keep the ribs down and the lower back flat',
        ],
        easier: 'Straight-leg raise at normal speed',
      },
    },
  },
  {
    id: 'side-plank-twist',
    name: 'Side plank with twist',
    pattern: 'core',
    tier: 'routine',
    targets: ['obliques', 'deep trunk muscles', 'shoulder stabilisers'],
    levels: {
      1: {
        name: 'Side plank from the knees',
        dose: { sets: 2, seconds: 20, perSide: true },
        cues: ['Elbow directly under the shoulder', 'Push the hips forward so the body forms a line'],
        easier: 'Shorter holds with short breaks',
      },
      2: {
        name: 'Side plank with thread-through twist',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Hips stay high while the top arm reaches under the body',
          'Turn from the upper back; the hips stay stacked',
          'Move slowly and breathe',
        ],
        easier: 'Do the twist with the bottom knee on the floor',
      },
      3: {
        name: 'Straight-arm side plank with twist and leg lift',
        dose: { sets: 3, reps: 10, perSide: true },
        cues: [
          'Hand directly under the shoulder, arm straight but not locked',
          'Lift the top leg and hold it up during the twists',
          'Lower the leg if the hips drop',
        ],
        easier: 'Forearm side plank with the twist, legs stacked',
      },
    },
  },
  {
    id: 'single-leg-squat',
    name: 'Single-leg squat',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hip stabilisers', 'balance'],
    levels: {
      1: {
        name: 'Single-leg sit-to-stand from a high box, hand on a support',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['Knee follows the line of the second toe', 'Use the support as much as you need'],
        easier: 'Stand up with both feet, lower on one',
      },
      2: {
        name: 'Single-leg squat to a low box',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Hips travel back first, then down',
          'Keep the knee from drifting inward',
          'Only go as deep as stays pain-free at the front of the knee',
        ],
        easier: 'Use a higher box or a light hand support',
      },
      3: {
        name: 'Pistol squat with slow lowering',
        dose: { sets: 3, reps: 5, perSide: true },
        cues: [
          'Take three seconds on the way down',
          'Arms forward for balance; free leg stays off the floor',
          'Knee tracks over the toes the whole way',
        ],
        easier: 'Single-leg squat to a low box',
      },
    },
  },
  {
    id: 'bear-crawl',
    name: 'Bear crawl',
    pattern: 'core',
    tier: 'routine',
    targets: ['core (resisting rotation)', 'shoulders', 'quads', 'coordination'],
    levels: {
      1: {
        name: 'Bear hold, knees hovering',
        dose: { sets: 3, seconds: 20 },
        cues: ['Knees float a couple of centimetres off the floor', 'Back flat and still; keep breathing'],
        easier: 'Shorter holds with the knees touching down between them',
      },
      2: {
        name: 'Bear crawl, four steps forward and four back',
        dose: { sets: 3, reps: 8 },
        cues: [
          'Move opposite hand and foot together with small steps',
          'Keep the back flat enough to carry a cup on it',
          'Knees never touch the floor',
        ],
        easier: 'Bear hold with alternating shoulder taps',
      },
      3: {
        name: 'Bear crawl with twist',
        dose: { sets: 3, seconds: 40 },
        cues: [
          'Crawl two steps, then rotate to reach one hand toward the ceiling',
          'Return to the flat-back bear position before crawling on',
          'Keep the hips level during the steps',
        ],
        easier: 'Bear crawl forward and back without the twist',
      },
    },
  },
  // Jumps and other explosive moves: only in the power block, a few quality reps with full rest.
  {
    id: 'pogo-hops',
    name: 'Pogo hops',
    pattern: 'power',
    tier: 'routine',
    targets: ['calves', 'Achilles tendon', 'ankle stiffness', 'foot contact time'],
    levels: {
      1: {
        name: 'Brisk calf raises',
        dose: { sets: 2, reps: 12 },
        cues: ['Rise onto the toes quickly, lower with control', 'Stay tall with the knees nearly straight'],
        easier: 'Hold a wall for balance',
      },
      2: {
        name: 'Pogo hops',
        dose: { sets: 3, reps: 10 },
        cues: [
          'Small, fast bounces off the balls of the feet, like a skipping rope',
          'Knees stay almost straight; the ankles do the work',
          'Spend as little time on the floor as you can',
        ],
        easier: 'Fewer hops with a reset between each',
      },
      3: {
        name: 'Single-leg pogo hops',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Quick, springy hops on one foot, staying in one spot',
          'Hips level and knee in line with the toes',
          'Stop the set when the hops get heavy',
        ],
        easier: 'Pogo hops on both feet',
      },
    },
  },
  {
    id: 'switch-lunge',
    name: 'Split jump',
    pattern: 'power',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hip flexors', 'stride power'],
    levels: {
      1: {
        name: 'Split squat with a brisk rise',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['Lower with control, then stand up briskly', 'Chest tall over the hips'],
        easier: 'Hold a support with one hand',
      },
      2: {
        name: 'Split jump, same leg in front',
        dose: { sets: 3, reps: 4, perSide: true },
        cues: [
          'From a lunge, jump straight up and land in the same stance',
          'Land softly and let the back knee sink toward the floor',
          'Reset your balance before the next jump',
        ],
        easier: 'Split squat with a quick rise onto the toes, no jump',
      },
      3: {
        name: 'Jumping switch lunge',
        dose: { sets: 3, reps: 8 },
        cues: [
          'Swap legs in the air and land in a balanced lunge',
          'Land quietly and sink into the next rep',
          'Stop when the landings lose control',
        ],
        easier: 'Split jump with the same leg in front',
      },
    },
  },
  {
    id: 'skater-bound',
    name: 'Skater bound',
    pattern: 'power',
    tier: 'routine',
    targets: ['glutes', 'hip stabilisers', 'side-to-side control', 'push-off power'],
    levels: {
      1: {
        name: 'Side step and balance',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['Step wide to the side and balance on that leg', 'Knee stays over the middle of the foot'],
        easier: 'Tap the free foot down for balance',
      },
      2: {
        name: 'Skater hop with a hold',
        dose: { sets: 3, reps: 5, perSide: true },
        cues: [
          'Push off one leg and hop sideways onto the other',
          'Stick the landing for two seconds before hopping back',
          'Land with a soft knee that points over the toes',
        ],
        easier: 'Smaller hops, or step instead of hopping',
      },
      3: {
        name: 'Continuous skater bounds',
        dose: { sets: 3, reps: 6, perSide: true },
        cues: [
          'Bound as far sideways as you can still land with control',
          'Go straight into the next bound from each landing',
          'Stop the set when a landing wobbles',
        ],
        easier: 'Skater hop with a hold on each landing',
      },
    },
  },
  // More single-leg work: balance for the stability block, harder strength moves for the strength block.
  {
    id: 'single-leg-balance',
    name: 'Single-leg balance',
    pattern: 'single-leg',
    tier: 'foundation',
    targets: ['ankle and hip stabilisers', 'balance', 'foot strength'],
    levels: {
      1: {
        name: 'Single-leg stand next to a wall',
        dose: { sets: 2, seconds: 30, perSide: true },
        cues: ['Stand tall on one foot, fingertips near the wall', 'Keep the hips level and the knee soft'],
        easier: 'Rest a fingertip on the wall the whole time',
      },
      2: {
        name: 'Single-leg balance with a three-way toe reach',
        dose: { sets: 3, reps: 6, perSide: true },
        cues: [
          'On one leg, reach the other foot forward, to the side and behind',
          'Bend the standing knee a little as you reach',
          'Touch down lightly, without putting weight on the reaching foot',
        ],
        easier: 'Shorter reaches, or a hand on the wall',
      },
      3: {
        name: 'Single-leg Romanian deadlift reach',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Hinge at the hip and reach your hands toward the floor as the free leg goes back',
          'Back long, hips square to the floor',
          'Stand up by squeezing the glute of the standing leg',
        ],
        easier: 'Let the toes of the free leg touch down behind you',
      },
    },
  },
  {
    id: 'step-up',
    name: 'Step-up',
    pattern: 'single-leg',
    tier: 'foundation',
    targets: ['quads', 'glutes', 'balance'],
    levels: {
      1: {
        name: 'Step-up onto a low step',
        dose: { sets: 2, reps: 8, perSide: true },
        cues: [
          'Whole foot on the step, then stand up through that heel',
          'Step down slowly, same leg leading',
        ],
        easier: 'Use a lower step or hold a rail',
      },
      2: {
        name: 'Step-up onto a knee-high box',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Push through the top leg; the back foot only leaves the floor',
          'Knee tracks over the second toe',
          'Lower yourself down with control',
        ],
        easier: 'Use a lower step',
      },
      3: {
        name: 'High step-up with a slow step-down',
        dose: { sets: 3, reps: 6, perSide: true },
        cues: [
          'Use a box a little above knee height',
          'Stand tall at the top, then take three seconds to lower the other foot back down',
          'No pushing off the back foot',
        ],
        easier: 'Step-up onto a knee-high box',
      },
    },
  },
  {
    id: 'split-squat',
    name: 'Rear-foot-elevated split squat',
    pattern: 'single-leg',
    tier: 'routine',
    targets: ['quads', 'glutes', 'hip flexors of the back leg', 'balance'],
    levels: {
      1: {
        name: 'Split squat, back foot on a low step',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['Hold a support with one hand', 'Lower straight down; the front heel stays planted'],
        easier: 'Both feet on the floor in a split stance',
      },
      2: {
        name: 'Rear-foot-elevated split squat',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Back foot laces-down on a bench, front foot far enough forward',
          'Sink until the front thigh is close to level',
          'Most of the weight stays on the front leg',
        ],
        easier: 'Put the back foot on a lower step',
      },
      3: {
        name: 'Rear-foot-elevated split squat with a pause',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Hold the bottom position for two seconds',
          'Drive up through the front heel',
          'Keep the front knee from drifting inward',
        ],
        easier: 'The same split squat without the pause',
      },
    },
  },
  // Foundation moves: what a newcomer starts with, and fillers for leg work at every level.
  {
    id: 'bodyweight-squat',
    name: 'Bodyweight squat',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['quads', 'glutes'],
    levels: {
      1: {
        name: 'Squat to a chair',
        dose: { sets: 2, reps: 10 },
        cues: ['Sit back until you touch the chair, then stand', 'Heels stay on the floor'],
        easier: 'Use a higher seat',
      },
      2: {
        name: 'Bodyweight squat',
        dose: { sets: 3, reps: 12 },
        cues: [
          'Hips back and down, chest up',
          'Knees point where the toes point',
          'Whole foot stays on the floor',
        ],
        easier: 'Squat to a chair',
      },
      3: {
        name: 'Tempo squat with a pause',
        dose: { sets: 3, reps: 10 },
        cues: [
          'Three seconds down, one second still at the bottom',
          'Stand up briskly',
          'Keep the heels down',
        ],
        easier: 'Bodyweight squat at normal speed',
      },
    },
  },
  {
    id: 'lateral-lunge',
    name: 'Lateral lunge',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['inner thighs', 'glutes', 'quads'],
    levels: {
      1: {
        name: 'Shallow side lunge holding a support',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['Step wide and sit back into one hip', 'Trailing leg stays straight'],
        easier: 'Make the step narrower',
      },
      2: {
        name: 'Lateral lunge',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: ['Foot, knee and hip stay in line', 'Push the hips back, chest tall', 'Eyes forward'],
        easier: 'Hold a support and go less deep',
      },
      3: {
        name: 'Cossack squat',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Sink low over one leg while the other stays long',
          'Heel of the bent leg stays down',
          'Move slowly',
        ],
        easier: 'Lateral lunge',
      },
    },
  },
  {
    id: 'glute-bridge',
    name: 'Glute bridge',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['glutes', 'hamstrings', 'lower back'],
    levels: {
      1: {
        name: 'Glute bridge',
        dose: { sets: 2, reps: 12 },
        cues: [
          'Push through the heels and lift the hips',
          'Squeeze the glutes at the top; do not arch the back',
        ],
        easier: 'Smaller lift with a pause at the top',
      },
      2: {
        name: 'Marching glute bridge',
        dose: { sets: 3, reps: 8, perSide: true },
        cues: [
          'Hold the bridge and lift one foot at a time',
          'Hips stay level as you march',
          'Breathe steadily',
        ],
        easier: 'Glute bridge with both feet down',
      },
      3: {
        name: 'Single-leg glute bridge',
        dose: { sets: 3, reps: 10, perSide: true },
        cues: [
          'Drive up through one heel, other knee hugged or leg raised',
          'Pelvis stays level',
          'Pause at the top',
        ],
        easier: 'Marching glute bridge',
      },
    },
  },
  {
    id: 'bird-dog',
    name: 'Bird-dog',
    pattern: 'core',
    tier: 'foundation',
    targets: ['deep trunk muscles', 'glutes', 'back extensors'],
    levels: {
      1: {
        name: 'Bird-dog, arm or leg only',
        dose: { sets: 2, reps: 8, perSide: true },
        cues: ['Hands under shoulders, knees under hips', 'Reach long without tipping the hips'],
        easier: 'Slide the hand or foot along the floor',
      },
      2: {
        name: 'Bird-dog',
        dose: { sets: 3, reps: 10, perSide: true },
        cues: [
          'Reach the opposite arm and leg long',
          'Keep the back flat and still',
          'Two-second hold at full reach',
        ],
        easier: 'Move only an arm or only a leg',
      },
      3: {
        name: 'Bird-dog with elbow-to-knee crunch',
        dose: { sets: 3, reps: 10, perSide: true },
        cues: [
          'Reach long, then draw elbow and knee together under you',
          'Hips stay square',
          'Slow and steady',
        ],
        easier: 'Bird-dog with a longer hold',
      },
    },
  },
  {
    id: 'front-plank',
    name: 'Front plank',
    pattern: 'core',
    tier: 'foundation',
    targets: ['abdominals', 'deep trunk muscles', 'shoulders'],
    levels: {
      1: {
        name: 'Plank from the knees',
        dose: { sets: 2, seconds: 20 },
        cues: ['Elbows under the shoulders', 'Straight line from head to knees'],
        easier: 'Shorter holds',
      },
      2: {
        name: 'Forearm plank',
        dose: { sets: 3, seconds: 30 },
        cues: ['Squeeze glutes and brace the stomach', 'Hips level with the shoulders', 'Keep breathing'],
        easier: 'Plank from the knees',
      },
      3: {
        name: 'High plank with shoulder taps',
        dose: { sets: 3, seconds: 45 },
        cues: [
          'Feet a little wider for balance',
          'Tap the opposite shoulder without rocking the hips',
          'Slow taps',
        ],
        easier: 'Forearm plank',
      },
    },
  },
  {
    id: 'calf-raise',
    name: 'Calf raise',
    pattern: 'legs',
    tier: 'foundation',
    targets: ['calves', 'Achilles tendon', 'ankle stability'],
    levels: {
      1: {
        name: 'Two-leg calf raise, hand on a wall',
        dose: { sets: 2, reps: 15 },
        cues: ['Rise as high as you can, then lower slowly', 'Weight over the big toe, not rolling outward'],
        easier: 'Smaller range',
      },
      2: {
        name: 'Calf raise on a step with slow lowering',
        dose: { sets: 3, reps: 15 },
        cues: ['Heels drop just below the step', 'Three seconds down', 'Hold a rail for balance'],
        easier: 'Two-leg calf raise on flat ground',
      },
      3: {
        name: 'Single-leg calf raise on a step',
        dose: { sets: 3, reps: 12, perSide: true },
        cues: ['Full range, top to bottom', 'Knee straight but not locked', 'Control the lowering'],
        easier: 'Two-leg rise, one-leg lowering',
      },
    },
  },
  // Mobility drills: warm-up drills open every session, stretches close it, and both make up the mobility routine.
  {
    id: 'leg-swings',
    drill: 'warm-up',
    name: 'Leg swings',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hip flexors', 'hamstrings', 'inner thighs'],
    levels: {
      1: {
        name: 'Front-to-back leg swings, hand on a wall',
        dose: { sets: 1, reps: 15, perSide: true },
        cues: ['Let the leg swing loosely, no forcing', 'Stand tall on the support leg'],
        easier: 'Smaller swings',
      },
      2: {
        name: 'Leg swings, front-to-back and side-to-side',
        dose: { sets: 2, reps: 15, perSide: true },
        cues: ['Grow the range gradually', 'Keep the trunk still while the leg moves'],
        easier: 'Front-to-back only',
      },
      3: {
        name: 'Leg swings in both directions without support',
        dose: { sets: 2, reps: 15, perSide: true },
        cues: ['Balance on the standing leg throughout', 'Stay in a comfortable range'],
        easier: 'Use a wall for balance',
      },
    },
  },
  {
    id: 'ankle-rocks',
    drill: 'warm-up',
    name: 'Knee-to-wall ankle rocks',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['ankle mobility', 'calves'],
    levels: {
      1: {
        name: 'Knee-to-wall ankle rocks',
        dose: { sets: 1, reps: 10, perSide: true },
        cues: ['Heel stays down as the knee moves toward the wall', 'Knee travels over the middle toes'],
        easier: 'Start closer to the wall',
      },
      2: {
        name: 'Knee-to-wall ankle rocks',
        dose: { sets: 2, reps: 10, perSide: true },
        cues: ['Heel stays down', 'Edge the foot back as the range improves'],
        easier: 'Start closer to the wall',
      },
      3: {
        name: 'Knee-to-wall rocks with a two-second hold',
        dose: { sets: 2, reps: 12, perSide: true },
        cues: ['Pause where you feel the stretch', 'Heel stays down'],
        easier: 'No pause',
      },
    },
  },
  {
    id: 'hip-90-90',
    drill: 'cool-down',
    name: '90/90 hip switches',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hip rotation', 'glutes'],
    levels: {
      1: {
        name: '90/90 switches, hands on the floor behind you',
        dose: { sets: 1, reps: 8, perSide: true },
        cues: ['Let both knees fall to one side, then the other', 'Move within a pain-free range'],
        easier: 'Smaller knee drops',
      },
      2: {
        name: '90/90 switches, hands free',
        dose: { sets: 2, reps: 8, perSide: true },
        cues: ['Sit tall while the knees switch sides', 'Move slowly'],
        easier: 'Hands on the floor behind you',
      },
      3: {
        name: '90/90 switch with a lift to tall kneeling',
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['After each switch, rise up onto the front knee', 'Squeeze the glute at the top'],
        easier: '90/90 switches, hands free',
      },
    },
  },
  {
    id: 'worlds-greatest-stretch',
    drill: 'warm-up',
    name: "World's greatest stretch",
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['hip flexors', 'hamstrings', 'upper back'],
    levels: {
      1: {
        name: 'Lunge stretch with a hand inside the front foot',
        dose: { sets: 1, reps: 5, perSide: true },
        cues: ['Back knee can rest on the floor', 'Breathe into the stretch'],
        easier: 'Put the hands on a step',
      },
      2: {
        name: "World's greatest stretch",
        dose: { sets: 2, reps: 5, perSide: true },
        cues: [
          'From a long lunge, drop the elbow inside the front foot',
          'Then rotate and reach the hand to the sky',
        ],
        easier: 'Back knee on the floor',
      },
      3: {
        name: "World's greatest stretch with a hamstring rock-back",
        dose: { sets: 2, reps: 6, perSide: true },
        cues: ['After the reach, shift the hips back and straighten the front leg', 'Keep the back long'],
        easier: "World's greatest stretch",
      },
    },
  },
  {
    id: 'open-book',
    drill: 'cool-down',
    name: 'Open book',
    pattern: 'mobility',
    tier: 'mobility',
    targets: ['upper back rotation', 'chest'],
    levels: {
      1: {
        name: 'Side-lying open book',
        dose: { sets: 1, reps: 8, perSide: true },
        cues: ['Knees stay together on the floor', 'Follow the moving hand with your eyes'],
        easier: 'Smaller rotation',
      },
      2: {
        name: 'Side-lying open book',
        dose: { sets: 2, reps: 8, perSide: true },
        cues: ['Knees stay together', 'Breathe out as you open'],
        easier: 'Smaller rotation',
      },
      3: {
        name: 'Open book with a two-second hold',
        dose: { sets: 2, reps: 10, perSide: true },
        cues: ['Hold the open position for two breaths', 'Knees stay stacked'],
        easier: 'No hold',
      },
    },
  },
  {
    id: 'hip-openers',
    name: 'Open and close the gate',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'warm-up',
    targets: ['hip rotation', 'groin', 'hip flexors'],
    levels: {
      1: {
        name: 'Knee circles out and in, hand on a wall',
        dose: { sets: 1, reps: 6, perSide: true },
        cues: [
          'Lift the knee, swing it out to the side, then lower it',
          'Stand tall; keep the movement smooth',
        ],
        easier: 'Smaller circles',
      },
      2: {
        name: 'Open and close the gate',
        dose: { sets: 1, reps: 8, perSide: true },
        cues: ['Draw big, slow circles with the knee', 'Do them outward first, then inward'],
        easier: 'Hold a wall for balance',
      },
      3: {
        name: 'Open and close the gate, walking',
        dose: { sets: 1, reps: 8, perSide: true },
        cues: ['Circle the knee with each step forward', 'Hips face forward the whole time'],
        easier: 'Do it standing in place',
      },
    },
  },
  {
    id: 'calf-stretch',
    name: 'Wall calf stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['calves', 'Achilles tendon'],
    levels: {
      1: {
        name: 'Wall calf stretch',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Hands on the wall, back leg straight, heel down', 'Lean in until you feel a gentle stretch'],
        easier: 'Shorter stance',
      },
      2: {
        name: 'Wall calf stretch, straight then bent knee',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Half the time with the back knee straight, half with it bent', 'Heel stays on the floor'],
        easier: 'Straight knee only',
      },
      3: {
        name: 'Wall calf stretch, straight then bent knee',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: [
          'Half the time with the back knee straight, half with it bent',
          'Breathe slowly and relax into it',
        ],
        easier: 'Straight knee only',
      },
    },
  },
  {
    id: 'hip-flexor-stretch',
    name: 'Kneeling hip flexor stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['hip flexors', 'front of the thigh'],
    levels: {
      1: {
        name: 'Kneeling hip flexor stretch',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Cushion under the back knee', 'Tuck the tail under and shift the hips gently forward'],
        easier: 'Hold a chair for balance',
      },
      2: {
        name: 'Kneeling hip flexor stretch with an overhead reach',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Squeeze the glute of the back leg', 'Reach the same-side arm up and slightly over'],
        easier: 'Hands on the front knee',
      },
      3: {
        name: 'Kneeling hip flexor stretch with an overhead reach',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Squeeze the glute of the back leg', 'Ribs down; do not arch the lower back'],
        easier: 'Hands on the front knee',
      },
    },
  },
  {
    id: 'hamstring-stretch',
    name: 'Lying hamstring stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['hamstrings', 'calves'],
    levels: {
      1: {
        name: 'Lying hamstring stretch with a towel',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Loop a towel around the foot and raise the straight leg', 'Other knee bent, foot flat'],
        easier: 'Keep a slight bend in the raised knee',
      },
      2: {
        name: 'Lying hamstring stretch with a towel',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Raise the leg until you feel a gentle pull', 'Lower back stays relaxed on the floor'],
        easier: 'Keep a slight bend in the raised knee',
      },
      3: {
        name: 'Lying hamstring stretch, other leg long',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['The leg on the floor stays straight', 'Ease into it; never bounce'],
        easier: 'Bend the knee of the leg on the floor',
      },
    },
  },
  {
    id: 'figure-four-stretch',
    name: 'Figure-four glute stretch',
    pattern: 'mobility',
    tier: 'mobility',
    drill: 'cool-down',
    targets: ['glutes', 'outer hip'],
    levels: {
      1: {
        name: 'Figure-four glute stretch on your back',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Cross one ankle over the other knee', 'Pull the lower leg gently toward you'],
        easier: 'Keep the bottom foot on the floor',
      },
      2: {
        name: 'Figure-four glute stretch on your back',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Cross one ankle over the other knee', 'Head and shoulders stay relaxed on the floor'],
        easier: 'Keep the bottom foot on the floor',
      },
      3: {
        name: 'Pigeon stretch',
        dose: { sets: 1, seconds: 30, perSide: true },
        cues: ['Front shin across the body, back leg long', 'Square the hips and fold forward slowly'],
        easier: 'Figure-four stretch on your back',
      },
    },
  },
];

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
