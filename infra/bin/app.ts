#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { addGongjianStacks } from '../lib/gongjian-app';

addGongjianStacks(new App());
