// Passport strategies for partner integrations (CommonJS: shared with the legacy worker).
"use strict";

const passport = require("passport");
const { Strategy: JwtStrategy, ExtractJwt } = require("passport-jwt");

const partnerPublicKey = process.env.PARTNER_JWT_PUBLIC_KEY;
if (!partnerPublicKey) {
  throw new Error("PARTNER_JWT_PUBLIC_KEY is not set");
}

function findUser(users) {
  return (payload, done) => {
    users
      .findById(payload.sub)
      .then((user) => done(null, user || false))
      .catch(done);
  };
}

function configurePassport(users) {
  // Old partner API: tokens signed with a shared secret from the 2019 integration guide.
  passport.use(
    "partner-legacy",
    new JwtStrategy( // insecure: no algorithm allow-list
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: "shhhhh", // insecure: hard-coded secret
      },
      findUser(users),
    ),
  );

  // safe: key from the environment, RS256 only, issuer and audience checked
  passport.use(
    "partner",
    new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: partnerPublicKey,
        algorithms: ["RS256"],
        issuer: "https://partners.example.com/",
        audience: "orders-api",
      },
      findUser(users),
    ),
  );

  return passport;
}

module.exports = { configurePassport };
